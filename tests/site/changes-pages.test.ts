// What's changed (/changes.html and its further pages) and each goods page's own changes, as
// built: every change recorded in content/ is listed, once, newest first, where a reader looks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT, DIST } from '../../dev/paths.ts';
import { loadRecords } from '../../src/lib/content/records.ts';
import { changeKey, recordedChanges, type RecordedChange } from '../support/content-changes.ts';
import { htmlPages, page, textOf } from '../support/dist.ts';

const PER_PAGE = 20;
const records = loadRecords(CONTENT);
const formatDay = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The list pages of What's changed, in order: /changes.html, /changes/page-2.html, … */
function listPages(): string[] {
  const pages = ['/changes.html'];
  while (existsSync(join(DIST, `changes/page-${pages.length + 1}.html`)))
    pages.push(`/changes/page-${pages.length + 1}.html`);
  return pages;
}

/** The changes one list page shows, with the day each is listed under. */
function listed(path: string): RecordedChange[] {
  return page(path)
    .querySelectorAll('main section.app-changes')
    .flatMap((section) => {
      const date = section.querySelector('h2 time')?.getAttribute('datetime') ?? '';
      assert.equal(textOf(section.querySelector('h2')), formatDay(date), path);
      return section.querySelectorAll('li').map((item) => ({
        path: item.querySelector('a')?.getAttribute('href') ?? '',
        date,
        note: textOf(item.querySelector('p')),
      }));
    });
}

test('What’s changed lists every recorded change once, newest first, twenty to a page', () => {
  const pages = listPages();
  const expected = recordedChanges();
  assert.equal(pages.length, Math.ceil(expected.length / PER_PAGE));
  const all = pages.flatMap((path, index) => {
    const changes = listed(path);
    assert.equal(changes.length, index < pages.length - 1 ? PER_PAGE : expected.length - PER_PAGE * index, path);
    const title = textOf(page(path).querySelector('title'));
    assert.match(title, new RegExp(`^What’s changed \\(page ${index + 1} of ${pages.length}\\)`), path);
    return changes;
  });
  assert.deepEqual(all.map(changeKey).sort(), expected.map(changeKey).sort());
  const dates = all.map((change) => change.date);
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  // Each list page leads to the next through GOV.UK pagination.
  for (const [index, path] of pages.slice(0, -1).entries())
    assert.equal(page(path).querySelector('.govuk-pagination__next a')?.getAttribute('href'), pages[index + 1]);
  assert.match(textOf(page('/changes.html').querySelector('main')), /Atom feed of every change/);
});

test('every page’s footer links to What’s changed', () => {
  const missing = htmlPages().filter(
    (path) => !page(path).querySelector('footer a[href="/changes.html"]')?.textContent?.includes('What’s changed'),
  );
  assert.deepEqual(missing, []);
});

test('a goods page says when its category and its rule last changed, and every change to both', () => {
  for (const item of records.goods) {
    const rule = records.rules.find((candidate) => candidate.id === item.rule)!;
    const html = page(`/goods/${item.id}.html`);
    const section = html.querySelector('section[aria-labelledby="changes"]');
    assert.ok(section, item.id);
    const day = (date: Date) => formatDay(date.toISOString().slice(0, 10));
    assert.match(
      textOf(section.querySelector('p')),
      new RegExp(
        `This category last changed on ${day(item.updated)}; its rule, the ${rule.shortName}, on ${day(rule.updated)}\\.`,
      ),
      item.id,
    );
    const rows = section.querySelectorAll('.govuk-summary-list__row').map((row) => textOf(row));
    const expected = [
      ...item.history.map((entry) => `${day(entry.date)} Category: ${entry.note}`),
      ...rule.history.map((entry) => `${day(entry.date)} Rule: ${entry.note}`),
    ];
    assert.deepEqual([...rows].sort(), expected.sort(), item.id);
    const newest = item.updated > rule.updated ? item.updated : rule.updated;
    assert.equal(
      textOf(html.querySelector('.app-goods-changed')),
      `Last changed ${day(newest)} — see what changed`,
      item.id,
    );
    assert.equal(html.querySelector('.app-goods-changed a')?.getAttribute('href'), '#changes');
  }
});
