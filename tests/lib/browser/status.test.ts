// Each status reads differently and shows in a colour of its own, whatever statuses there are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { STATUSES } from '../../../src/schemas/records.ts';
import { STATUS_LABELS } from '../../../src/lib/browser/status.ts';

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
    const { tagClass, explanation } = STATUS_LABELS[status];
    assert.match(tagClass, /^govuk-tag--[a-z-]+$/, status);
    assert.ok(govukCss.includes(`.${tagClass}{`), `${status}: ${tagClass} is a colour GOV.UK Frontend styles`);
    assert.ok(explanation.endsWith('.'), status);
  }
});
