// Input → expected-HTML fixtures, one folder per Markdown extension (as Govspeak's own tests are):
// tests/markdown/fixtures/<extension>/<case>.md renders to <case>.html; where <case>.problems.txt
// exists, rendering must report exactly those problems (one per line, "line: message" fragments).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { renderMarkdown } from '../support/markdown.ts';

const FIXTURE_DIR = join(import.meta.dirname, 'fixtures');
const normalise = (html: string) => html.replace(/>\s+</g, '><').trim();

for (const extension of readdirSync(FIXTURE_DIR)) {
  for (const file of readdirSync(join(FIXTURE_DIR, extension)).filter((name) => name.endsWith('.md'))) {
    const base = join(FIXTURE_DIR, extension, file.replace(/\.md$/, ''));
    test(`${extension}: ${file.replace(/\.md$/, '').replaceAll('-', ' ')}`, async () => {
      const { html, problems } = await renderMarkdown(readFileSync(`${base}.md`, 'utf8'));
      assert.equal(normalise(html), normalise(readFileSync(`${base}.html`, 'utf8')));
      const expectedProblems = existsSync(`${base}.problems.txt`)
        ? readFileSync(`${base}.problems.txt`, 'utf8').split('\n').filter(Boolean)
        : [];
      assert.equal(problems.length, expectedProblems.length, `problems: ${JSON.stringify(problems)}`);
      expectedProblems.forEach((expected, index) => {
        const [line, fragment] = expected.split(': ', 2) as [string, string];
        assert.equal(String(problems[index]?.line), line);
        assert.ok(
          problems[index]?.message.includes(fragment),
          `"${problems[index]?.message}" should include "${fragment}"`,
        );
      });
    });
  }
}
