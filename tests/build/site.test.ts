// The built site as a whole: addresses, breadcrumbs, canonical URLs, sitemap, robots and 404.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../dev/paths.ts';
import { htmlPages, page, textOf } from '../support/dist.ts';

const LUXURY = '/guidance/exporting-luxury-goods-north-korea.html';
const TOPIC = '/topic/business-and-self-employed/exporting-and-doing-business-abroad.html';

test('the seed’s permalinks and topic URL exist', () => {
  for (const path of [
    LUXURY,
    '/guidance/north-korea-import-restrictions.html',
    TOPIC,
    '/topic/business-and-self-employed.html',
  ]) {
    assert.ok(existsSync(join(DIST, path)), path);
  }
});

test('every breadcrumb on every page leads to a page of this site, starting with Home', () => {
  let crumbs = 0;
  for (const path of htmlPages()) {
    const links = page(path).querySelectorAll('.govuk-breadcrumbs a');
    if (links.length === 0) continue;
    assert.equal(textOf(links[0]), 'Home', path);
    assert.equal(links[0]!.getAttribute('href'), '/', path);
    for (const link of links) {
      const href = link.getAttribute('href')!;
      assert.ok(existsSync(join(DIST, href === '/' ? 'index.html' : href)), `${path}: breadcrumb ${href}`);
      crumbs++;
    }
  }
  assert.ok(crumbs > 40, `${crumbs} breadcrumbs checked`);
});

test('the luxury page’s breadcrumbs and topic follow the seed', () => {
  const html = page(LUXURY);
  assert.deepEqual(html.querySelectorAll('.govuk-breadcrumbs a').map(textOf), [
    'Home',
    'Business and self employed',
    'Exporting and doing business abroad',
  ]);
  assert.equal(textOf(html.querySelector('.govuk-caption-l')), 'Exporting and doing business abroad');
});

test('the topic page lists its guidance and links back up', () => {
  const html = page(TOPIC);
  assert.equal(textOf(html.querySelector('h1')), 'Exporting and doing business abroad');
  const links = html.querySelectorAll('main a').map((a) => a.getAttribute('href'));
  assert.ok(links.includes(LUXURY));
  assert.ok(links.includes('/guidance/north-korea-import-restrictions.html'));
  assert.ok(
    page('/topic/business-and-self-employed.html')
      .querySelectorAll('main a')
      .some((a) => a.getAttribute('href') === TOPIC),
  );
});

test('guidance pages show From, Published and Last updated, linking to the full change history', () => {
  const html = page(LUXURY);
  const metadata = textOf(html.querySelector('.app-metadata'));
  assert.match(metadata, /From: Export Control Joint Unit \(formerly the Export Control Organisation \(ECO\)\)/);
  // The site's own dates: no source read gives the date GOV.UK first published its page.
  assert.match(metadata, /Published 23 November 2026/);
  const link = html.querySelector('.app-metadata a[href^="#"]');
  assert.ok(html.getElementById(link!.getAttribute('href')!.slice(1)), 'the history the link points to');
});

test('every page has one h1, a title, a description, and a canonical URL unless it is the 404 page', () => {
  for (const path of htmlPages()) {
    const html = page(path);
    assert.equal(html.querySelectorAll('h1').length, 1, path);
    assert.ok(textOf(html.querySelector('title')).length > 0, path);
    assert.ok(html.querySelector('meta[name="description"]')?.getAttribute('content'), path);
    const canonical = html.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (path === '/404.html') {
      assert.equal(canonical, undefined);
      assert.equal(html.querySelector('meta[name="robots"]')?.getAttribute('content'), 'noindex');
    } else {
      assert.equal(new URL(canonical!).pathname, path === '/index.html' ? '/' : path, path);
    }
  }
});

test('the header has the site name, a skip link and a search form that works without JavaScript', () => {
  const html = page(LUXURY);
  assert.equal(html.querySelector('.govuk-skip-link')?.getAttribute('href'), '#main-content');
  assert.ok(html.getElementById('main-content'));
  assert.equal(textOf(html.querySelector('.govuk-generic-header__homepage-link')), 'North Korea Trade Guidance');
  const form = html.querySelector('form[role="search"]');
  assert.equal(form?.getAttribute('action'), '/search.html');
  assert.equal(form?.getAttribute('method'), 'get');
  assert.equal(form?.querySelector('input')?.getAttribute('name'), 'q');
  assert.ok(html.querySelector(`label[for="${form?.querySelector('input')?.id}"]`));
});

test('no crown and no GDS Transport: the footer is the site’s own with the OGL attribution', () => {
  const html = page(LUXURY);
  assert.equal(html.querySelector('.govuk-footer__crown, .govuk-footer__copyright-logo, .govuk-header'), null);
  assert.match(textOf(html.querySelector('.govuk-footer')), /Open Government Licence v3\.0/);
  const css = html
    .querySelectorAll('link[rel="stylesheet"]')
    .map((link) => readFileSync(join(DIST, link.getAttribute('href')!), 'utf8'));
  assert.ok(css.length > 0);
  assert.ok(css.every((text) => !text.includes('GDS Transport') && !text.includes('@font-face')));
});

test('sitemap.xml lists every guidance page and robots.txt points to it', () => {
  const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  assert.match(
    sitemap,
    /<loc>https:\/\/[^<]+\/guidance\/exporting-luxury-goods-north-korea\.html<\/loc><lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>/,
  );
  assert.ok(sitemap.includes('/topic/business-and-self-employed/exporting-and-doing-business-abroad.html'));
  assert.ok(!sitemap.includes('404'));
  assert.match(readFileSync(join(DIST, 'robots.txt'), 'utf8'), /^Sitemap: https:\/\/.+\/sitemap\.xml$/m);
});

test('the 404 page exists and offers a way on', () => {
  const html = page('/404.html');
  assert.equal(textOf(html.querySelector('h1')), 'Page not found');
  assert.ok(html.querySelectorAll('main a').length >= 2);
});

test('favicons and icons are the site’s own files', () => {
  for (const file of ['favicon.svg', 'favicon.ico', 'apple-touch-icon.png', 'manifest.json']) {
    assert.ok(existsSync(join(DIST, file)), file);
  }
});
