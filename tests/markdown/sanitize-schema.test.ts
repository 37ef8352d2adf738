// The sanitiser lets through the markup the Govspeak extensions write, and only that: the same
// attributes with other values, written as raw HTML, are removed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../support/markdown.ts';

test('the extensions’ own attribute values pass', async () => {
  const { html } = await renderMarkdown(
    '{button start}[Start now](https://example.org/start){/button}\n\nx[out](https://example.org)x\n',
  );
  for (const expected of [
    'rel="external"',
    'draggable="false"',
    'data-module="govuk-button"',
    'viewBox="0 0 33 40"',
    'focusable="false"',
    'fill="currentColor"',
  ])
    assert.ok(html.includes(expected), expected);
});

test('other values of the same attributes, written as raw HTML, are removed', async () => {
  const { html } = await renderMarkdown(
    '<p><a href="https://example.org" rel="nofollow" draggable="true" data-module="govuk-header">x</a></p>\n\n<svg focusable="true"><path fill="red" d="M0 0"></path></svg>\n',
  );
  for (const refused of ['nofollow', 'draggable="true"', 'govuk-header', 'focusable="true"', 'fill="red"'])
    assert.ok(!html.includes(refused), `${refused} in ${html}`);
});
