// A change recorded in a record's history reaches everything that dates the content: a real build
// of the site's content with one new entry in the caviar category's history, read from its files.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { CONTENT, DIST } from '../../dev/paths.ts';
import { hashContent } from '../../src/lib/content/content-version.ts';
import { runBuild } from '../support/build.ts';
import { atomChildren, parseXml, readerText } from '../support/atom.ts';

const work = mkdtempSync(join(tmpdir(), 'content-version-'));
const content = join(work, 'content');
const out = join(work, 'dist');
// Today (UTC): the newest a history entry may be.
const today = new Date().toISOString().slice(0, 10);
const NOTE = 'Search words added: osetra.';
const file = (path: string) => readFileSync(join(out, path), 'utf8');
const text = (path: string, selector: string) =>
  parse(file(path)).querySelector(selector)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
const inWords = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

before(async () => {
  cpSync(CONTENT, content, { recursive: true });
  const goods = readFileSync(join(content, 'goods.yaml'), 'utf8');
  const start = goods.indexOf('- id: caviar\n');
  const end = goods.indexOf('\n- id: ', start + 1);
  const caviar = goods
    .slice(start, end)
    .replace('aliases: [caviar,', 'aliases: [caviar, osetra,')
    .replace(/  updated: \S+/, `  updated: ${today}`)
    .replace(/\s*$/, `\n    - date: ${today}\n      note: "${NOTE}"\n`);
  writeFileSync(join(content, 'goods.yaml'), goods.slice(0, start) + caviar + goods.slice(end));
  const build = await runBuild({ SITE_CONTENT_DIR: content, SITE_OUT_DIR: out });
  assert.equal(build.status, 0, build.output.slice(-3000));
});
after(() => rmSync(work, { recursive: true, force: true }));

test('the content version is the newest change and a hash of the content folder, in the goods index', () => {
  const { changes } = JSON.parse(file('goods-index.json'));
  const published = JSON.parse(readFileSync(join(DIST, 'goods-index.json'), 'utf8')).changes;
  assert.deepEqual(changes.version, { date: today, id: hashContent(content) });
  assert.notEqual(changes.version.id, published.version.id, 'other content, another version');
  assert.equal(published.version.id, hashContent(CONTENT));
  assert.equal(changes.goods.caviar, today);
  assert.equal(changes.rules['uk-luxury-export-ban'], published.rules['uk-luxury-export-ban']);
});

test('the goods page, What’s changed, the feed and goods.json all carry the new change', () => {
  assert.equal(text('goods/caviar.html', '.app-goods-changed'), `Last changed ${inWords(today)} — see what changed`);
  assert.match(
    text('goods/caviar.html', 'section.app-record-changes'),
    new RegExp(`${inWords(today)} Category: ${NOTE}`),
  );
  // Today's changes come first, and the new one is among them (the content may have others today).
  const first = parse(file('changes.html')).querySelector('main section.app-changes');
  assert.equal(first?.querySelector('h2')?.textContent.trim(), inWords(today));
  assert.ok(
    first
      ?.querySelectorAll('li')
      .some(
        (item) =>
          item.querySelector('a')?.getAttribute('href') === '/goods/caviar.html' && item.textContent.includes(NOTE),
      ),
    'the new change is listed under today',
  );
  assert.match(text('changes.html', 'main'), new RegExp(`identifier ${hashContent(content)}`));
  const feed = parseXml(file('changes.atom')).documentElement;
  assert.equal(readerText(atomChildren(feed, 'updated')[0]), `${today}T00:00:00.000Z`);
  const entry = atomChildren(feed, 'entry').find(
    (candidate) => readerText(atomChildren(candidate, 'summary')[0]) === NOTE,
  );
  assert.ok(entry, 'the new change is an entry of the feed');
  assert.equal(readerText(atomChildren(entry, 'title')[0]), 'Goods category: Caviar');
  assert.equal(readerText(atomChildren(entry, 'updated')[0]), `${today}T00:00:00.000Z`);
  const caviar = JSON.parse(file('goods.json')).goods.find((item: { id: string }) => item.id === 'caviar');
  assert.equal(caviar.updated, today);
});
