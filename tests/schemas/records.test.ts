import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contactSchema, goodsSchema } from '../../src/schemas/records.ts';
import { internationalTelephone, ukTelephoneProblem } from '../../src/schemas/telephone.ts';

const contact = {
  id: 'export-control-helpline',
  name: 'Export Control Joint Unit helpline',
  organisation: 'export-control-joint-unit',
  email: 'exportcontrol.help@businessandtrade.gov.uk',
  telephone: '020 7215 4594',
  address: ['Old Admiralty Building'],
  checked: new Date('2026-11-23'),
};

/** A record's dated history as YAML gives it: first published, and nothing since. */
const FIRST_PUBLISHED = { updated: '2026-11-23', history: [{ date: '2026-11-23', note: 'First published.' }] };

test('the verified helpline record is valid', () => {
  assert.equal(contactSchema.parse(contact).telephone, '020 7215 4594');
});

test('the seed’s 12-digit number is refused as not a valid UK number', () => {
  const result = contactSchema.safeParse({ ...contact, telephone: '0202 7215 4594' });
  assert.equal(result.success, false);
  const message = result.error!.issues[0]!.message;
  assert.match(message, /"0202 7215 4594" is not a valid UK telephone number/);
  assert.match(message, /12 digits, UK numbers have 11/);
});

test('telephone numbers: national and +44 forms accepted, others refused', () => {
  assert.equal(ukTelephoneProblem('020 7215 4594'), undefined);
  assert.equal(ukTelephoneProblem('+44 20 7215 4594'), undefined);
  assert.equal(ukTelephoneProblem('+44 (0)20 7215 4594'), undefined);
  assert.match(ukTelephoneProblem('00 44 20 7215 4594') ?? '', /must start with 0/);
  assert.match(ukTelephoneProblem('020 7215 459x') ?? '', /digits and spaces only/);
  assert.match(ukTelephoneProblem('020 7215 459') ?? '', /10 digits/);
});

test('tel: links use the international form', () => {
  assert.equal(internationalTelephone('020 7215 4594'), '+442072154594');
  assert.equal(internationalTelephone('+44 20 7215 4594'), '+442072154594');
});

test('a malformed email is refused', () => {
  for (const email of ['eco.help@', 'not an email', 'a@b']) {
    const result = contactSchema.safeParse({ ...contact, email });
    assert.equal(result.success, false, email);
    assert.equal(result.error!.issues[0]!.message, 'must be a valid email address');
  }
});

test('goods need at least one alias and a known status shape', () => {
  const goods = {
    id: 'caviar',
    name: 'caviar',
    everydayName: 'Caviar',
    rule: 'uk-luxury-export-ban',
    group: 'Banned luxury goods',
    aliases: [],
    ...FIRST_PUBLISHED,
  };
  assert.equal(goodsSchema.safeParse(goods).success, false);
  assert.equal(goodsSchema.safeParse({ ...goods, aliases: ['caviar'] }).success, true);
  assert.equal(goodsSchema.safeParse({ ...goods, aliases: ['caviar'], id: 'Caviar!' }).success, false);
});

test('goods need an everyday name as well as the legal wording', () => {
  const goods = {
    id: 'caviar',
    name: 'caviar and caviar substitutes',
    rule: 'ban',
    group: 'Luxury',
    aliases: ['roe'],
    ...FIRST_PUBLISHED,
  };
  const missing = goodsSchema.safeParse(goods);
  assert.equal(missing.success, false);
  assert.deepEqual(missing.error!.issues[0]!.path, ['everydayName']);
  assert.equal(goodsSchema.safeParse({ ...goods, everydayName: 'Caviar' }).success, true);
});

test('rules and goods carry a dated history: at least one entry, each with a real date and a note', () => {
  const goods = {
    id: 'caviar',
    name: 'caviar',
    everydayName: 'Caviar',
    rule: 'ban',
    group: 'Luxury',
    aliases: ['roe'],
  };
  const issues = (value: object) =>
    goodsSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];
  assert.deepEqual(
    issues(goods).map((issue) => issue.split(':')[0]),
    ['updated', 'history'],
  );
  assert.deepEqual(issues({ ...goods, updated: '2026-11-23', history: [] }), [
    'history: must have at least the first-published entry',
  ]);
  assert.deepEqual(issues({ ...goods, updated: '2026-11-23', history: [{ date: '2026-02-30', note: 'x' }] }), [
    'history.0.date: is not a real calendar date',
  ]);
  assert.deepEqual(issues({ ...goods, updated: '2026-11-23', history: [{ date: '2026-11-23', note: ' ' }] }), [
    'history.0.note: must not be empty',
  ]);
  const parsed = goodsSchema.parse({ ...goods, ...FIRST_PUBLISHED });
  assert.equal(parsed.updated.toISOString(), '2026-11-23T00:00:00.000Z');
});
