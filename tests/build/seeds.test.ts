// The seeds, published faithfully: every item of both source documents is on the built pages in
// its original wording (with only the fixes the project's reference explains).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../dev/paths.ts';
import { page, textOf } from '../support/dist.ts';

const seed = (name: string) => readFileSync(join(FIXTURES, 'seeds', `${name}.txt`), 'utf8');
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

const LUXURY = '/guidance/exporting-luxury-goods-north-korea.html';
const IMPORTS = '/guidance/north-korea-import-restrictions.html';

test('luxury goods page: the seed’s title and summary', () => {
  const html = page(LUXURY);
  assert.equal(textOf(html.querySelector('h1')), 'Exporting luxury goods to North Korea');
  assert.equal(
    textOf(html.querySelector('.govuk-body-l')),
    'There’s a ban on supplying luxury goods to anyone in the Democratic People’s Republic of Korea (North Korea), directly or indirectly.',
  );
});

test('luxury goods page: all 22 banned categories in the seed’s wording, in its order', () => {
  const seedItems = seed('exporting-luxury-goods-north-korea')
    .split('\n')
    .filter((line) => line.startsWith('- ') && !line.startsWith('- name'))
    .map((line) => line.slice(2).trim());
  assert.equal(seedItems.length, 22);
  // The one fix: the seed leaves a parenthesis open.
  const expected = seedItems.map((item) =>
    item.endsWith('(and parts for luxury clocks and watches') ? `${item})` : item,
  );
  const published = page(LUXURY).querySelectorAll('.app-goods-list li').map(textOf);
  assert.deepEqual(published, expected);
});

test('luxury goods page: the ECO sentence, the financial sanctions callout and the contact section', () => {
  const html = page(LUXURY);
  const body = textOf(html.querySelector('.app-prose'));
  assert.ok(
    body.includes(
      'Contact the Export Control Organisation (ECO) if you’re not sure whether your goods count as luxury goods.',
    ),
  );
  const callout = html.querySelector('.app-prose [role="note"][aria-label="Information"]');
  assert.equal(
    textOf(callout),
    'There are also financial sanctions which ban any sort of dealings with certain people and organisations connected with North Korea.',
  );
  // The seed's relative GOV.UK link is now an absolute https link to GOV.UK's current page.
  assert.equal(
    callout?.querySelector('a')?.getAttribute('href'),
    'https://www.gov.uk/government/publications/financial-sanctions-north-korea-democratic-peoples-republic-of-korea',
  );
  assert.equal(textOf(html.querySelector('.app-prose h2')), 'Contact the Export Control Organisation (ECO)');
});

test('luxury goods page: the verified helpline, not the seed’s retired address and mistyped number', () => {
  const contact = page(LUXURY).querySelector('.app-contact');
  assert.ok(contact, 'a contact block');
  const links = contact.querySelectorAll('a').map((a) => a.getAttribute('href'));
  assert.deepEqual(links, ['mailto:exportcontrol.help@businessandtrade.gov.uk', 'tel:+442072154594']);
  const text = textOf(contact);
  assert.ok(text.includes('020 7215 4594'));
  assert.ok(text.includes('Export Control Organisation (ECO)'), 'the ECO name stays recognisable');
  assert.ok(text.includes('SW1A 2DY'));
  assert.match(text, /last checked on \d{1,2} \w+ \d{4}/);
  const html = page(LUXURY).toString();
  assert.ok(!html.includes('gsi.gov.uk'));
  assert.ok(!html.includes('0202 7215'));
});

test('import restrictions page: every heading, paragraph and category of the article, in its words', () => {
  const lines = seed('north-korea-import-restrictions')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const html = page(IMPORTS);
  assert.equal(textOf(html.querySelector('h1')), lines[0]);
  const body = fold(textOf(html.querySelector('.app-prose')));
  const headings = html.querySelectorAll('.app-prose h2, .app-prose h3, .app-prose h4').map(textOf);
  let categories = 0;
  for (const line of lines.slice(1)) {
    const item = /^• ([^:]+): (.*)$/.exec(line);
    if (item) {
      categories++;
      assert.ok(headings.includes(item[1]!), `category heading "${item[1]}"`);
      assert.ok(body.includes(fold(item[2]!)), `description of "${item[1]}"`);
    } else if (line.length < 80) {
      assert.ok(headings.includes(line), `heading "${line}"`);
    } else {
      assert.ok(body.includes(fold(line)), `paragraph "${line.slice(0, 60)}…"`);
    }
  }
  assert.equal(categories, 11);
});

test('import restrictions page: says honestly what it is, and links to the UK ban where they meet', () => {
  const html = page(IMPORTS);
  const warning = textOf(html.querySelector('.app-prose [role="note"][aria-label="Warning"]'));
  assert.match(warning, /source of these rules is not known/);
  assert.match(warning, /not legal advice/);
  const links = html.querySelectorAll('.app-prose a').map((a) => a.getAttribute('href'));
  assert.ok(links.includes(LUXURY));
  assert.ok(
    page(LUXURY)
      .querySelectorAll('.app-prose a')
      .some((a) => a.getAttribute('href') === IMPORTS),
  );
});
