import { test } from 'node:test';
import assert from 'node:assert/strict';
import { topicTrail } from '../../../src/lib/content/topics.ts';

const topic = (id: string, parent?: string) => ({ id, name: id, url: `/topic/${id}.html`, description: 'x', parent });

test('a topic’s trail runs from the top topic down to it', () => {
  const topics = [topic('business'), topic('exporting', 'business'), topic('luxury', 'exporting')];
  const byId = new Map(topics.map((item) => [item.id, item]));
  assert.deepEqual(
    topicTrail(topics[2]!, byId).map((item) => item.id),
    ['business', 'exporting', 'luxury'],
  );
  assert.deepEqual(
    topicTrail(topics[0]!, byId).map((item) => item.id),
    ['business'],
  );
});

test('a loop of parents ends the trail instead of running for ever', () => {
  const topics = [topic('a', 'b'), topic('b', 'a')];
  const byId = new Map(topics.map((item) => [item.id, item]));
  assert.deepEqual(
    topicTrail(topics[0]!, byId).map((item) => item.id),
    ['b', 'a'],
  );
});
