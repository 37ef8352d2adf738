import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guidanceSchema } from '../../src/schemas/guidance.ts';

const valid = {
  title: 'Exporting luxury goods to North Korea',
  summary: 'There’s a ban on supplying luxury goods to anyone in North Korea, directly or indirectly.',
  permalink: '/guidance/exporting-luxury-goods-north-korea.html',
  breadcrumbs: [{ name: 'Home', url: '/' }],
  topic: 'exporting',
  organisation: 'export-control-joint-unit',
  published: new Date('2016-07-18'),
  updated: '2026-11-23',
  history: [{ date: new Date('2016-07-18'), note: 'First published.' }],
  lastReviewed: new Date('2026-11-23'),
  reviewDue: '6 months',
  source: { title: 'GOV.UK', url: 'https://www.gov.uk/' },
  licence: 'ogl-3',
};

const issuesOf = (data: unknown) => {
  const result = guidanceSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

test('a complete guidance page is valid, with dates as dates', () => {
  const result = guidanceSchema.parse(valid);
  assert.ok(result.updated instanceof Date);
  assert.equal(result.updated.toISOString().slice(0, 10), '2026-11-23');
  assert.deepEqual(result.related, []);
});

test('an unknown key (a typo) is an error, not silently dropped', () => {
  const issues = issuesOf({ ...valid, sumary: 'typo' });
  assert.equal(issues.length, 1);
  assert.match(issues[0]!, /sumary/);
});

test('a missing title is an error naming the field', () => {
  const { title: _title, ...withoutTitle } = valid;
  assert.deepEqual(
    issuesOf(withoutTitle).map((issue) => issue.split(':')[0]),
    ['title'],
  );
});

test('permalinks must have the seed’s /guidance/<slug>.html form', () => {
  for (const permalink of ['/guidance/Exporting.html', '/guide/x.html', '/guidance/x', 'guidance/x.html']) {
    assert.match(issuesOf({ ...valid, permalink })[0] ?? '', /^permalink: must have the form/, permalink);
  }
});

test('the summary is one sentence', () => {
  assert.match(issuesOf({ ...valid, summary: 'One sentence. Another one.' })[0] ?? '', /one sentence, not several/);
  assert.match(issuesOf({ ...valid, summary: 'No full stop' })[0] ?? '', /ending with a full stop/);
});

test('dates must be real YYYY-MM-DD dates', () => {
  assert.match(issuesOf({ ...valid, updated: '2026-02-30' })[0] ?? '', /^updated: is not a real calendar date/);
  assert.match(issuesOf({ ...valid, updated: '23/11/2026' })[0] ?? '', /^updated: must be a date written YYYY-MM-DD/);
});

test('sources must be https addresses', () => {
  assert.match(
    issuesOf({ ...valid, source: { title: 'x', url: 'http://www.gov.uk/' } })[0] ?? '',
    /^source.url: must be an absolute https/,
  );
});

test('breadcrumbs must be paths on this site', () => {
  assert.match(
    issuesOf({ ...valid, breadcrumbs: [{ name: 'Home', url: 'https://www.gov.uk/' }] })[0] ?? '',
    /^breadcrumbs.0.url/,
  );
});

test('the review is due on a date or after an interval from the last review', () => {
  assert.equal(guidanceSchema.parse({ ...valid, reviewDue: '1 year' }).reviewDue, '1 year');
  assert.ok(guidanceSchema.parse({ ...valid, reviewDue: new Date('2027-01-01') }).reviewDue instanceof Date);
  assert.match(
    issuesOf({ ...valid, reviewDue: 'every spring' })[0] ?? '',
    /^reviewDue: must be a date \(YYYY-MM-DD\) or an interval/,
  );
  assert.match(issuesOf({ ...valid, reviewDue: '2027-02-30' })[0] ?? '', /^reviewDue: must be a date/);
  const { lastReviewed: _last, ...withoutReview } = valid;
  assert.deepEqual(
    issuesOf(withoutReview).map((issue) => issue.split(':')[0]),
    ['lastReviewed'],
  );
});

test('auto-numbered headings: on, off or a list of heading levels from 2 to 6, and nothing else', () => {
  for (const value of [true, false, [2], [2, 3, 4]])
    assert.deepEqual(issuesOf({ ...valid, autoNumberedHeadings: value }), [], JSON.stringify(value));
  assert.match(
    issuesOf({ ...valid, autoNumberedHeadings: [] }).join(),
    /autoNumberedHeadings: must list at least one level, such as \[2, 3\]/,
  );
  for (const value of ['yes', [1], [7], [2.5]])
    assert.notDeepEqual(issuesOf({ ...valid, autoNumberedHeadings: value }), [], JSON.stringify(value));
});
