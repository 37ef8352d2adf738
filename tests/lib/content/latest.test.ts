import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOME_GUIDANCE_COUNT, latestGuidance } from '../../../src/lib/content/latest.ts';

const page = (title: string, updated: string) => ({ data: { title, updated: new Date(updated) } });

test('the latest guidance comes first, by title on the same day, and the list stops at its count', () => {
  const pages = [page('B', '2026-01-01'), page('C', '2026-03-01'), page('A', '2026-01-01')];
  assert.deepEqual(
    latestGuidance(pages).map((p) => p.data.title),
    ['C', 'A', 'B'],
  );
  const many = Array.from({ length: 25 }, (_, index) => page(`Page ${index}`, '2026-01-01'));
  assert.equal(latestGuidance(many).length, HOME_GUIDANCE_COUNT);
  // The list it was given is left in its order.
  assert.deepEqual(
    pages.map((p) => p.data.title),
    ['B', 'C', 'A'],
  );
});
