// The Atom feed of every change (/changes.atom), parsed with a namespace-aware XML parser and
// checked against what RFC 4287 requires; and every page pointing feed readers to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../dev/paths.ts';
import { atomChildren, atomProblems, parseXml, readerText } from '../support/atom.ts';
import { changeKey, recordedChanges } from '../support/content-changes.ts';
import { htmlPages, page } from '../support/dist.ts';

const feedText = readFileSync(join(DIST, 'changes.atom'), 'utf8');
const feed = parseXml(feedText).documentElement;
const entries = atomChildren(feed, 'entry');
/** An element's text as a feed reader shows it. */
const textOf = (parent: Element | import('@xmldom/xmldom').Element, name: string) =>
  readerText(atomChildren(parent, name)[0]);

test('the feed is well-formed XML and meets every RFC 4287 requirement checked', () => {
  assert.deepEqual(atomProblems(parseXml(feedText)), []);
  assert.ok(feedText.startsWith('<?xml version="1.0" encoding="utf-8"?>'));
  const links = atomChildren(feed, 'link');
  const self = links.find((link) => link.getAttribute('rel') === 'self');
  assert.match(self?.getAttribute('href') ?? '', /^https:\/\/[^/]+\/changes\.atom$/);
  const alternate = links.find((link) => link.getAttribute('rel') === 'alternate');
  assert.match(alternate?.getAttribute('href') ?? '', /^https:\/\/[^/]+\/changes\.html$/);
});

test('the feed lists every change to a guidance page, rule or goods category once, newest first', () => {
  const origin = new URL(atomChildren(feed, 'link')[0]!.getAttribute('href')!).origin;
  const listed = entries.map((entry) => ({
    path: atomChildren(entry, 'link')[0]!.getAttribute('href')!.replace(origin, ''),
    date: textOf(entry, 'updated').slice(0, 10),
    note: textOf(entry, 'summary'),
  }));
  const expected = recordedChanges();
  assert.ok(expected.length > 100, `${expected.length} changes recorded`);
  assert.deepEqual(listed.map(changeKey).sort(), expected.map(changeKey).sort());
  const dates = listed.map((entry) => entry.date);
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  assert.equal(textOf(feed, 'updated').slice(0, 10), dates[0], 'the feed was last updated with its newest entry');
  // Each entry says what changed: a guidance page, a rule or a goods category, by name.
  for (const entry of entries) assert.match(textOf(entry, 'title'), /^(Guidance|Rule|Goods category): \S/);
  assert.ok(
    entries.some((entry) => textOf(entry, 'title') === 'Goods category: Caviar'),
    'the caviar category is in the feed by its everyday name',
  );
});

test('every page tells feed readers where the feed is', () => {
  const missing = htmlPages().filter((path) => {
    const links = page(path).querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]');
    return links.length !== 1 || links[0]!.getAttribute('href') !== '/changes.atom';
  });
  assert.deepEqual(missing, []);
});

test('the feed check finds each kind of mistake it looks for', () => {
  const entry = (body: string) => `<entry>${body}</entry>`;
  const bad = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Changes</title><title>Twice</title>
  <updated>23 November 2026</updated>
  <id>changes</id>
  ${entry('<id>tag:example.org,2026-11-23:a</id><title type="html">&lt;b&gt;A&lt;/b&gt;</title><updated>2026-11-23T00:00:00Z</updated><link href="https://example.org/a.html"/>')}
  ${entry('<id>tag:example.org,2026-11-23:a</id><title type="markdown">B</title><updated>2026-11-23</updated>')}
</feed>`;
  assert.deepEqual(atomProblems(parseXml(bad)), [
    'feed: 2 atom:title elements, not exactly one (4.1.1)',
    'feed: atom:updated "23 November 2026" is not an RFC 3339 date-time (3.3)',
    'feed: atom:id "changes" is not an absolute IRI (4.2.6)',
    'feed: no atom:link rel="self" (4.1.1 says it SHOULD have one)',
    'entry 1 (tag:example.org,2026-11-23:a): atom:title holds HTML markup, not escaped text (3.1.1.2)',
    'entry 1 (tag:example.org,2026-11-23:a): no atom:author, and the feed has none (4.1.2)',
    'entry 2 (tag:example.org,2026-11-23:a): atom:title type "markdown" is not text, html or xhtml (3.1.1)',
    'entry 2 (tag:example.org,2026-11-23:a): atom:updated "2026-11-23" is not an RFC 3339 date-time (3.3)',
    'entry 2 (tag:example.org,2026-11-23:a): no atom:author, and the feed has none (4.1.2)',
    'entry 2 (tag:example.org,2026-11-23:a): neither atom:content nor an alternate atom:link (4.1.2)',
    'entry 2 (tag:example.org,2026-11-23:a): the same atom:id as entry 1 (4.2.6)',
  ]);
  assert.deepEqual(atomProblems(parseXml('<feed xmlns="http://www.w3.org/2005/Atom/"/>')), [
    'the root element is not atom:feed in http://www.w3.org/2005/Atom (4.1.1)',
  ]);
  assert.throws(() => parseXml('<feed xmlns="http://www.w3.org/2005/Atom"><title>A & B</title></feed>'), /well-formed/);
});
