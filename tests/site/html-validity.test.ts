// Every built page passes html-validate (recommended rules; see .htmlvalidate.json) with 0 errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { htmlPages } from '../support/dist.ts';
import { DIST } from '../../dev/paths.ts';

test('every page is valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = htmlPages();
  const errors: string[] = [];
  for (const path of pages) {
    const report = await validator.validateFile(join(DIST, path));
    for (const result of report.results) {
      for (const message of result.messages)
        errors.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  assert.ok(pages.length > 40);
  assert.deepEqual(errors, []);
});
