// The fixture comparison ignores layout only: what a reader or a screen reader gets must match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlMeaning } from '../support/html-meaning.ts';

const base = '<div class="a b" role="note"><p>Some <em>text</em> here</p></div>';

test('layout whitespace, attribute order and class order do not change the meaning', () => {
  assert.equal(
    htmlMeaning('<div role="note" class="b a">\n  <p>Some <em>text</em>\n here</p>\n</div>'),
    htmlMeaning(base),
  );
});

test('a different word, element, class, role, label or attribute does', () => {
  for (const changed of [
    '<div class="a b" role="note"><p>Some <em>texts</em> here</p></div>',
    '<div class="a b" role="note"><p>Some <strong>text</strong> here</p></div>',
    '<div class="a" role="note"><p>Some <em>text</em> here</p></div>',
    '<div class="a b" role="region"><p>Some <em>text</em> here</p></div>',
    '<div class="a b" role="note" aria-label="Warning"><p>Some <em>text</em> here</p></div>',
    '<div class="a b" role="note"><p>Some <em>text</em>here</p></div>',
    '<section class="a b" role="note"><p>Some <em>text</em> here</p></section>',
  ])
    assert.notEqual(htmlMeaning(changed), htmlMeaning(base), changed);
});
