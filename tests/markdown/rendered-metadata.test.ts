import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../src/markdown/index.ts';
import { TEST_RECORDS } from '../support/markdown.ts';

test('the rendered metadata holds what the plugins found, not a second copy of the front matter', async () => {
  const processor = await createMarkdownProcessor({ ...markdownOptions(TEST_RECORDS), syntaxHighlight: false });
  const frontmatter = { title: 'A page', history: [{ date: '2026-01-01', note: 'First published.' }] };
  const result = await processor.render('Intro.\n\nSee [the list](/goods.html) and [this](http://example.org).', {
    frontmatter,
  });
  const metadata = result.metadata.frontmatter as Record<string, unknown>;
  assert.deepEqual(Object.keys(metadata).sort(), ['contentProblems', 'siteLinks']);
  assert.deepEqual(metadata.siteLinks, [{ url: '/goods.html', bodyLine: 3 }]);
  assert.match(JSON.stringify(metadata.contentProblems), /uses http; use https/);
  // The front matter handed in is left as it was.
  assert.deepEqual(Object.keys(frontmatter), ['title', 'history']);
});
