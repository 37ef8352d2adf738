// JSON-LD: it parses, has the properties search engines require, and says what the content says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadRecords } from '../../src/lib/content/records.ts';
import { guidanceSchema } from '../../src/schemas/guidance.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { CONTENT } from '../../dev/paths.ts';
import { htmlPages, page } from '../support/dist.ts';
import { join } from 'node:path';

const records = loadRecords(CONTENT);
const helpline = records.contacts.find((contact) => contact.id === 'export-control-helpline')!;
const jsonLdOf = (path: string) =>
  page(path)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, any>);

test('the contact page describes the helpline as a GovernmentOrganization with a ContactPoint', () => {
  const [data] = jsonLdOf('/contact.html');
  assert.equal(data!['@context'], 'https://schema.org');
  assert.equal(data!['@type'], 'GovernmentOrganization');
  assert.equal(data!.name, 'Export Control Joint Unit');
  assert.equal(data!.alternateName, 'Export Control Organisation (ECO)');
  assert.equal(data!.contactPoint['@type'], 'ContactPoint');
  assert.equal(data!.contactPoint.email, helpline.email);
  assert.equal(data!.contactPoint.telephone, '+442072154594');
});

test('each guidance page is an Article with its dates and publisher, as its content says', () => {
  for (const file of ['exporting-luxury-goods-north-korea', 'north-korea-import-restrictions']) {
    const front = guidanceSchema.parse(readFrontmatter(join(CONTENT, 'guidance', `${file}.md`)));
    const [data] = jsonLdOf(front.permalink);
    assert.equal(data!['@type'], 'Article');
    assert.equal(data!.headline, front.title);
    assert.equal(data!.datePublished, front.published.toISOString().slice(0, 10));
    assert.equal(data!.dateModified, front.updated.toISOString().slice(0, 10));
    assert.equal(new URL(data!.url).pathname, front.permalink);
    const organisation = records.organisations.find((org) => org.id === front.organisation)!;
    assert.equal(data!.publisher.name, organisation.name);
  }
  const [luxury] = jsonLdOf('/guidance/exporting-luxury-goods-north-korea.html');
  assert.equal(luxury!.publisher.contactPoint.email, helpline.email, 'the publisher’s helpline');
});

test('JSON-LD is only ever a data block: no page carries an inline script that runs', () => {
  for (const path of htmlPages()) {
    for (const script of page(path).querySelectorAll('script')) {
      const type = script.getAttribute('type');
      assert.ok(
        type === 'application/ld+json' || (type === 'module' && script.getAttribute('src')),
        `${path}: ${script.toString().slice(0, 80)}`,
      );
    }
  }
});
