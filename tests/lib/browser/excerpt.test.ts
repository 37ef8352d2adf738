import { test } from 'node:test';
import assert from 'node:assert/strict';
import { excerptParts } from '../../../src/lib/browser/excerpt.ts';

test('an excerpt becomes text parts and marked parts, in order', () => {
  assert.deepEqual(excerptParts('Fine <mark>caviar</mark> and roe'), [
    { text: 'Fine ', mark: false },
    { text: 'caviar', mark: true },
    { text: ' and roe', mark: false },
  ]);
});

test('entities are decoded once, so the page shows the characters as text', () => {
  assert.deepEqual(excerptParts('Fish &amp; chips &lt;b&gt; &#39;x&#x27; &quot;y&quot; &amp;lt;'), [
    { text: `Fish & chips <b> 'x' "y" &lt;`, mark: false },
  ]);
});

test('any tag other than mark is dropped, and empty parts are left out', () => {
  assert.deepEqual(excerptParts('<mark></mark><img src=x onerror=alert(1)>safe<em>ly</em>'), [
    { text: 'safely', mark: false },
  ]);
});
