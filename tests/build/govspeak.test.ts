// Govspeak through the real build: a copy of the site's content with extra guidance pages, one for
// each of the gem's test cases held out while the extensions were written
// (tests/fixtures/govspeak/held-out/, listed in tests/markdown/fixtures/README.md), and one page
// with every extension, checked by axe, on a phone-sized screen and on paper. None of these pages
// is in the real site.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { contentWith, runBuild } from '../support/build.ts';
import { FIXTURES } from '../../dev/paths.ts';
import { launchBrowser, openPage } from '../../dev/browser.ts';
import { serveDist } from '../../dev/server.ts';
import { axeViolations, describeViolations } from '../support/axe.ts';
import { htmlMeaning } from '../support/html-meaning.ts';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';

const GOVSPEAK = join(FIXTURES, 'govspeak');
const HELD_OUT = join(GOVSPEAK, 'held-out');
const cases = readdirSync(HELD_OUT)
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.replace(/\.md$/, ''));
const SHOWCASE = '/guidance/govspeak-all-extensions.html';

const frontMatter = (slug: string, title: string, extra = '') => `---
title: ${title}
summary: A page built only by the tests.
permalink: /guidance/${slug}.html
breadcrumbs:
  - name: Home
    url: /
topic: exporting-and-doing-business-abroad
organisation: export-control-joint-unit
published: 2026-01-05
updated: 2026-01-05
lastReviewed: 2026-01-05
reviewDue: 2099-01-01
history:
  - date: 2026-01-05
    note: First published.
source:
  title: The govspeak gem's tests
  note: Test cases of the reference implementation.
licence: own
${extra}---
`;

const work = mkdtempSync(join(tmpdir(), 'govspeak-'));
const out = join(work, 'dist');
let server: Awaited<ReturnType<typeof serveDist>> | undefined;
let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;

before(async () => {
  const overlay = join(work, 'overlay');
  mkdirSync(join(overlay, 'guidance'), { recursive: true });
  for (const name of cases)
    writeFileSync(
      join(overlay, 'guidance', `govspeak-held-out-${name}.md`),
      frontMatter(`govspeak-held-out-${name}`, `Govspeak held-out case ${name}`) +
        readFileSync(join(HELD_OUT, `${name}.md`), 'utf8'),
    );
  writeFileSync(
    join(overlay, 'guidance', 'govspeak-all-extensions.md'),
    frontMatter('govspeak-all-extensions', 'Every Govspeak extension', 'autoNumberedHeadings: [2, 3]\n') +
      readFileSync(join(GOVSPEAK, 'all-extensions.md'), 'utf8'),
  );
  const build = await runBuild({ SITE_CONTENT_DIR: contentWith(overlay), SITE_OUT_DIR: out });
  assert.equal(build.status, 0, build.output.slice(-3000));
  [server, browser] = await Promise.all([serveDist(out), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The rendered Markdown of a built guidance page. */
const body = (path: string) =>
  parse(readFileSync(join(out, path), 'utf8')).querySelector('.app-prose[data-pagefind-body]')!.innerHTML;

test(`the ${cases.length} held-out cases of the gem's tests render as expected in built pages`, async (t) => {
  assert.ok(cases.length >= 10, `${cases.length} held-out cases`);
  const failed: string[] = [];
  for (const name of cases)
    await t.test(name.replaceAll('-', ' '), () => {
      const actual = htmlMeaning(body(`/guidance/govspeak-held-out-${name}.html`));
      const expected = htmlMeaning(readFileSync(join(HELD_OUT, `${name}.html`), 'utf8'));
      if (actual !== expected) failed.push(name);
      assert.equal(actual, expected);
    });
  t.diagnostic(`held-out cases passing: ${cases.length - failed.length} of ${cases.length}`);
});

test('the page with every extension has each one, numbered headings and no Govspeak left as text', () => {
  const page = parse(readFileSync(join(out, SHOWCASE), 'utf8'));
  const prose = page.querySelector('.app-prose[data-pagefind-body]')!;
  for (const selector of [
    '.app-summary',
    '.app-stat-headline',
    '.govuk-inset-text[role="note"][aria-label="Information"]',
    '.govuk-warning-text[role="note"][aria-label="Warning"]',
    '.app-call-to-action',
    '.app-contact',
    'address.app-address',
    '.app-example',
    '.app-download',
    '.app-place .app-information',
    '.app-additional-information',
    '.app-highlight-answer',
    'ol.app-steps',
    '.app-legislative-list ol.app-legislative-list__list',
    '.app-devolved .app-devolved__header',
    'a[rel="external"]',
    'a.govuk-button[role="button"]',
    'a.govuk-button--start svg.govuk-button__start-icon',
    'th[scope="row"]',
    '.app-cell-text-right',
    '.app-barchart .app-barchart__bar--100',
    'abbr[title="Export Control Joint Unit"]',
    'a[role="doc-noteref"]',
  ])
    assert.ok(prose.querySelector(selector), `${selector} is on the page`);
  assert.equal(prose.querySelector('h2')!.text, '1. Callouts');
  assert.deepEqual(
    prose.querySelectorAll('.app-devolved__header').map((header) => header.text),
    ['This section applies to Scotland', 'This section applies to England and Wales'],
  );
  assert.doesNotMatch(prose.text, /\$[A-Z!]|\{\/?(?:button|barchart|stat-headline)|:scotland:|\*\[ECJU\]|\uE000/);
});

test('the page with every extension: axe finds nothing, at desktop and phone width, and nothing scrolls sideways', async () => {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 320, height: 640 },
  ]) {
    const { page, close } = await openPage(browser!, { viewport });
    await page.goto(server!.origin + SHOWCASE);
    assert.deepEqual(describeViolations(await axeViolations(page)), '', `at ${viewport.width}px`);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= viewport.width);
    await close();
  }
});

test('every class the extensions write has a rule in the site’s stylesheet', () => {
  const css = readdirSync(join(out, '_astro'))
    .filter((name) => name.endsWith('.css'))
    .map((name) => readFileSync(join(out, '_astro', name), 'utf8'))
    .join('\n');
  const prose = parse(readFileSync(join(out, SHOWCASE), 'utf8')).querySelector('.app-prose[data-pagefind-body]')!;
  const classes = new Set(prose.querySelectorAll('[class]').flatMap((element) => element.classList.value));
  const unstyled = [...classes].filter(
    (name) => name.startsWith('app-') && !new RegExp(`\\.${name}(?![\\w-])`).test(css),
  );
  assert.ok(classes.size > 20, `${classes.size} classes`);
  assert.deepEqual(unstyled, []);
});

test('the page with every extension and the held-out pages are valid HTML', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const path of [SHOWCASE, ...cases.map((name) => `/guidance/govspeak-held-out-${name}.html`)]) {
    const report = await validator.validateFile(join(out, path));
    for (const result of report.results)
      for (const message of result.messages)
        errors.push(`${path}:${message.line} ${message.ruleId}: ${message.message}`);
  }
  assert.deepEqual(errors, []);
});

test('every Govspeak block shows on paper', async () => {
  const { page, close } = await openPage(browser!);
  await page.goto(server!.origin + SHOWCASE);
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.$$eval('.app-prose [class]:not(span):not(svg):not(path)', (elements) =>
    elements
      .filter((element) => getComputedStyle(element).display === 'none' || (element as HTMLElement).offsetHeight === 0)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`),
  );
  await close();
  assert.deepEqual(hidden, []);
});
