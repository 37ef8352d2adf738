// Each status reads differently and shows in a colour of its own, whatever statuses there are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { STATUSES } from '../../../src/schemas/records.ts';
import { STATUS_LABELS } from '../../../src/lib/browser/status.ts';
import { statusExplanation } from '../../../src/lib/goods/status-explanation.ts';
import { DIRECTIONS } from '../../../src/schemas/directions.ts';

const govukCss = readFileSync(
  createRequire(import.meta.url).resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css'),
  'utf8',
);

test('every status has its own label and its own GOV.UK Frontend tag colour', () => {
  assert.ok(STATUSES.length >= 3);
  const labels = STATUSES.map((status) => STATUS_LABELS[status].label);
  const colours = STATUSES.map((status) => STATUS_LABELS[status].tagClass);
  assert.equal(new Set(labels).size, STATUSES.length, `labels: ${labels.join(', ')}`);
  assert.equal(new Set(colours).size, STATUSES.length, `tag colours: ${colours.join(', ')}`);
  for (const status of STATUSES) {
    const { tagClass } = STATUS_LABELS[status];
    assert.match(tagClass, /^govuk-tag--[a-z-]+$/, status);
    assert.ok(govukCss.includes(`.${tagClass}{`), `${status}: ${tagClass} is a colour GOV.UK Frontend styles`);
    for (const kind of DIRECTIONS) assert.ok(statusExplanation(status, kind.id).endsWith('.'), `${status} ${kind.id}`);
  }
});

test('a ban means what its kind of rule says: not exported to North Korea, or not imported from it', () => {
  assert.match(statusExplanation('banned', 'uk-export'), /must not export these goods from the UK to North Korea/);
  assert.match(statusExplanation('banned', 'uk-import'), /must not import these goods into the UK/);
  assert.match(statusExplanation('restricted', 'uk-export'), /The cap is not permission/);
});
