import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Goods, Rule } from '../../../src/schemas/records.ts';
import { codeCoverage, otherRuleIds } from '../../../src/lib/goods/coverage.ts';

/** A record's dated history: first published, and nothing since. */
const published = {
  updated: new Date('2026-01-01'),
  history: [{ date: new Date('2026-01-01'), note: 'First published.' }],
};

const rule = (id: string, hsScope?: string[]): Rule => ({
  ...published,
  id,
  name: id,
  shortName: id,
  status: 'banned',
  appliesTo: 'uk-export',
  summary: 'x',
  guidance: 'g',
  sources: [],
  sourceNote: 'x',
  notVerified: 'x',
  ...(hsScope ? { hsScope: { codes: hsScope, source: { title: 'A list by code' } } } : {}),
});
const goods = (id: string, ruleId: string, hs?: string[], alsoUnder?: string[]): Goods => ({
  ...published,
  id,
  name: id,
  everydayName: id,
  rule: ruleId,
  group: 'g',
  aliases: [id],
  ...(hs ? { hs } : {}),
  ...(alsoUnder ? { alsoUnder } : {}),
});

const rules = [rule('luxury'), rule('un', ['72', '84', '85', '87']), rule('nk-licence'), rule('arms', ['93'])];
const all = [
  goods('luxury-cars', 'luxury', ['8703', '8711']),
  goods('watches', 'luxury', ['9101']),
  goods('vehicles', 'un', ['87']),
  goods('machinery', 'un', ['84', '85']),
  goods('computers', 'nk-licence', ['8471'], ['luxury']),
  goods('everything', 'nk-licence', ['84']),
  goods('weapons', 'arms', ['93']),
];
const byId = (id: string) => all.find((item) => item.id === id)!;

test('a rule whose code scope reaches a category’s codes covers it, with its categories that hold those codes', () => {
  assert.deepEqual(codeCoverage(byId('luxury-cars'), rules, all), [
    { ruleId: 'un', categoryIds: ['vehicles'], codes: ['8703', '8711'], whole: true },
  ]);
  assert.deepEqual(codeCoverage(byId('computers'), rules, all), [
    { ruleId: 'un', categoryIds: ['machinery'], codes: ['8471'], whole: true },
  ]);
  const cutlery = goods('cutlery', 'luxury', ['7114', '821510']);
  const withMetals = [rule('luxury'), rule('un', ['72', '82'])];
  assert.deepEqual(codeCoverage(cutlery, withMetals, [cutlery, goods('metals', 'un', ['72', '82'])]), [
    { ruleId: 'un', categoryIds: ['metals'], codes: ['821510'], whole: false },
  ]);
});

test('no codes, or codes outside every scope, bring no rule; a category’s own rule is never another', () => {
  assert.deepEqual(codeCoverage(byId('watches'), rules, all), []);
  assert.deepEqual(codeCoverage(goods('no-codes', 'luxury'), rules, all), []);
  assert.deepEqual(codeCoverage(byId('vehicles'), rules, all), []);
});

test('a scope that reaches only part of a category’s code does not cover the whole category', () => {
  const narrow = [rule('narrow', ['8471']), ...rules.slice(0, 1)];
  const items = [goods('pcs', 'narrow', ['8471']), goods('all-84', 'luxury', ['84'])];
  assert.deepEqual(codeCoverage(items[1]!, narrow, items), [
    { ruleId: 'narrow', categoryIds: ['pcs'], codes: ['84'], whole: false },
  ]);
});

test('the other rules of a category are those its codes bring, then those its record names', () => {
  assert.deepEqual(otherRuleIds(byId('computers'), rules, all), ['un', 'luxury']);
  assert.deepEqual(otherRuleIds(byId('watches'), rules, all), []);
});
