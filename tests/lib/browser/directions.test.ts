import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIRECTIONS, directionRank, readWay } from '../../../src/lib/browser/directions.ts';

test('words that say the goods come from North Korea give that way', () => {
  for (const text of [
    'coal from North Korea',
    'made in the DPRK',
    'North Korean seafood',
    'DPRK zinc concentrate relabelled in China',
    'frozen squid, country of origin: KP',
    '55,000 MT anthracite, port of loading: Nampo',
    'fishing vessel, builder: Nampho shipyard',
    'North Korean-made sculptures',
    'statue by a North Korean studio',
    'exported from North Korea via China',
    'importing crab from a Chinese trader',
  ])
    assert.equal(readWay(text), 'from-north-korea', text);
});

test('words that say the goods go to North Korea give that way', () => {
  for (const text of [
    'export laptops to North Korea',
    'whisky for the DPRK',
    'laptops for a North Korean customer',
    'North Korean buyer wants a Rolex',
    'ship to Pyongyang',
    'destination: KP',
  ])
    assert.equal(readWay(text), 'to-north-korea', text);
});

test('words that give no way, or both, give none', () => {
  for (const text of ['caviar', 'HS 0307 squid', 'buy squid from North Korea and export it to China', 'import licence'])
    assert.equal(readWay(text), undefined, text);
});

test('answers show the reader’s way first, UK rules before North Korea’s own within a way', () => {
  const order = (way?: 'to-north-korea' | 'from-north-korea') =>
    DIRECTIONS.map((kind) => kind.id).sort((a, b) => directionRank(a, way) - directionRank(b, way));
  assert.deepEqual(order(), ['uk-export', 'north-korea-import', 'uk-import']);
  assert.deepEqual(order('from-north-korea'), ['uk-import', 'uk-export', 'north-korea-import']);
});
