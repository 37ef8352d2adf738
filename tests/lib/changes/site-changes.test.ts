import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siteChanges } from '../../../src/lib/changes/site-changes.ts';
import { changeId } from '../../../src/lib/changes/feed.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const history = (...entries: Array<[string, string]>) => entries.map(([date, note]) => ({ date: day(date), note }));

const site = {
  guidance: [
    {
      id: 'luxury',
      data: {
        title: 'Exporting luxury goods',
        permalink: '/guidance/luxury.html',
        history: history(['2016-07-18', 'First published.'], ['2026-11-23', 'Contacts updated.']),
      },
    },
  ],
  rules: [
    {
      id: 'ban',
      name: 'UK ban',
      guidance: 'luxury',
      history: history(['2026-11-01', 'First published.'], ['2026-11-23', 'Summary added.']),
    },
  ],
  goods: [
    {
      id: 'caviar',
      everydayName: 'Caviar',
      history: history(['2026-11-23', 'First published.'], ['2026-11-23', 'Search words added: beluga.']),
    },
  ],
};

test('every change of every history, newest first; within a day, later entries before a first publication', () => {
  assert.deepEqual(
    siteChanges(site).map(
      (change) => `${change.date.toISOString().slice(0, 10)} ${change.kind} ${change.title}: ${change.note}`,
    ),
    [
      '2026-11-23 guidance Exporting luxury goods: Contacts updated.',
      '2026-11-23 rule UK ban: Summary added.',
      '2026-11-23 goods Caviar: Search words added: beluga.',
      '2026-11-23 goods Caviar: First published.',
      '2026-11-01 rule UK ban: First published.',
      '2016-07-18 guidance Exporting luxury goods: First published.',
    ],
  );
});

test('each change leads to the page that shows it: a rule’s is its guidance page', () => {
  const urls = new Map(siteChanges(site).map((change) => [change.kind, change.url]));
  assert.deepEqual(Object.fromEntries(urls), {
    guidance: '/guidance/luxury.html',
    rule: '/guidance/luxury.html',
    goods: '/goods/caviar.html',
  });
});

test('a change’s feed id is a tag URI that names it by its place in its history, not by its words', () => {
  const [first, second] = siteChanges(site).filter((change) => change.kind === 'goods');
  const origin = new URL('https://trade.example.org');
  assert.equal(changeId(second!, origin), 'tag:trade.example.org,2026-11-23:goods/caviar/1');
  assert.equal(changeId(first!, origin), 'tag:trade.example.org,2026-11-23:goods/caviar/2');
  assert.equal(changeId({ ...first!, note: 'Corrected wording.' }, origin), changeId(first!, origin));
});
