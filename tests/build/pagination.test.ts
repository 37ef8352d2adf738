// Lists that would grow with the site are split into pages: a real build of a generated site with
// 47 guidance pages in one topic, checked in its files and, for accessibility, in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { writeCorpus } from '../../dev/corpus.ts';
import { runBuild } from '../support/build.ts';
import { CONTENT, ROOT } from '../../dev/paths.ts';
import { launchBrowser, openPage } from '../../dev/browser.ts';
import { serveDist } from '../../dev/server.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';

const TOPIC = '/topic/business-and-self-employed/exporting-and-doing-business-abroad';
const work = mkdtempSync(join(tmpdir(), 'pagination-'));
const out = join(work, 'dist');
const html = (path: string) => parse(readFileSync(join(out, path), 'utf8'));

before(async () => {
  // Generated pages and the site's own guidance pages, 47 in all, in one topic.
  const own = readdirSync(join(CONTENT, 'guidance')).filter((file) => file.endsWith('.md')).length;
  writeCorpus(join(work, 'content'), CONTENT, 47 - own);
  const build = await runBuild({ SITE_CONTENT_DIR: join(work, 'content'), SITE_OUT_DIR: out });
  assert.equal(build.status, 0, build.output.slice(-3000));
});
after(() => rmSync(work, { recursive: true, force: true }));

test('a topic with 47 pages of guidance lists them 20 to a page, with GOV.UK pagination', () => {
  const links = (path: string) => html(path).querySelectorAll('main .govuk-list a').length;
  assert.equal(links(`${TOPIC}.html`), 20);
  assert.equal(links(`${TOPIC}/page-2.html`), 20);
  assert.equal(links(`${TOPIC}/page-3.html`), 7);
  assert.ok(!existsSync(join(out, `${TOPIC}/page-4.html`)));

  const second = html(`${TOPIC}/page-2.html`);
  assert.match(second.querySelector('title')!.text, /^Exporting and doing business abroad \(page 2 of 3\) - /);
  const nav = second.querySelector('nav.govuk-pagination')!;
  assert.equal(nav.getAttribute('aria-label'), 'Pagination');
  assert.equal(nav.querySelector('a[rel="prev"]')!.getAttribute('href'), `${TOPIC}.html`);
  assert.equal(nav.querySelector('a[rel="next"]')!.getAttribute('href'), `${TOPIC}/page-3.html`);
  assert.equal(nav.querySelector('[aria-current="page"]')!.text.trim(), '2');
  assert.deepEqual(
    nav.querySelectorAll('.govuk-pagination__item a').map((a) => a.getAttribute('href')),
    [`${TOPIC}.html`, `${TOPIC}/page-2.html`, `${TOPIC}/page-3.html`],
  );
  // The first page has no "Previous" link and the last no "Next".
  assert.equal(html(`${TOPIC}.html`).querySelector('a[rel="prev"]'), null);
  assert.equal(html(`${TOPIC}/page-3.html`).querySelector('a[rel="next"]'), null);
  // Every list page is in the sitemap.
  const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
  for (const page of ['.html', '/page-2.html', '/page-3.html']) assert.ok(sitemap.includes(`${TOPIC}${page}<`), page);
});

test('the home page lists the ten latest pages, not all of them', () => {
  const home = html('index.html');
  const section = home.querySelectorAll('h2').find((h2) => h2.text === 'Latest guidance');
  assert.ok(section, 'a "Latest guidance" heading');
  assert.match(
    home.querySelector('main')!.text.replace(/\s+/g, ' '),
    /The 10 most recently updated of 47 guidance pages\./,
  );
  const guidanceLinks = home
    .querySelectorAll('main .govuk-list--spaced a')
    .filter((a) => a.getAttribute('href')!.startsWith('/guidance/'));
  assert.equal(guidanceLinks.length, 10);
});

test('the list pages and the home page are valid HTML', async () => {
  // The project's own configuration (the built files are outside the project, where it is not found).
  const config = JSON.parse(readFileSync(join(ROOT, '.htmlvalidate.json'), 'utf8'));
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const errors: string[] = [];
  for (const path of [`${TOPIC}.html`, `${TOPIC}/page-2.html`, `${TOPIC}/page-3.html`, 'index.html']) {
    const report = await validator.validateFile(join(out, path));
    for (const result of report.results)
      for (const message of result.messages)
        errors.push(`${path}:${message.line} ${message.ruleId}: ${message.message}`);
  }
  assert.deepEqual(errors, []);
});

test('axe-core finds no violations on a middle page of a list', async () => {
  const server = await serveDist(out);
  const browser = await launchBrowser();
  try {
    const { page } = await openPage(browser);
    await page.goto(`${server.origin}${TOPIC}/page-2.html`);
    assert.equal(await page.getByRole('navigation', { name: 'Pagination' }).count(), 1);
    assert.equal(describeViolations(await axeViolations(page)), '');
  } finally {
    await browser.close();
    await server.close();
  }
});
