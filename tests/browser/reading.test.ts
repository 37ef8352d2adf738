// Every built page as a reader sees it in Chromium: the font text is drawn in, the size of headings,
// and the spaces around links and full stops. Markup checks cannot see any of these.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openPage } from '../../dev/browser.ts';
import { browserAndSite } from '../support/browser-and-site.ts';
import { htmlPages } from '../support/dist.ts';

const site = browserAndSite();
const WIDTHS = [390, 1280];

/** Visible text drawn in something other than the site's font (monospace code aside), as "tag.class: text". */
function textInOtherFonts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const siteFont = getComputedStyle(document.querySelector('.govuk-body, .govuk-heading-l')!).fontFamily;
    const problems: string[] = [];
    const describe = (element: Element, text: string) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(/\s+/).join('.')}` : ''}: “${text.trim().slice(0, 40)}” in ${getComputedStyle(element).fontFamily}`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent?.trim() || !parent.checkVisibility() || parent.closest('code, pre, kbd, samp')) continue;
      if (getComputedStyle(parent).fontFamily !== siteFont) problems.push(describe(parent, node.textContent));
    }
    // A numbered or bulleted list draws its markers in the list item's font.
    for (const item of document.querySelectorAll('li')) {
      const style = getComputedStyle(item);
      if (item.checkVisibility() && style.display === 'list-item' && style.listStyleType !== 'none')
        if (style.fontFamily !== siteFont) problems.push(describe(item, `list marker of ${item.textContent ?? ''}`));
    }
    return problems;
  });
}

async function eachPage(width: number, check: (page: Page, path: string) => Promise<void>) {
  const { page, close } = await openPage(site.browser, { viewport: { width, height: 900 } });
  for (const path of htmlPages()) {
    await page.goto(site.origin + path);
    await check(page, path);
  }
  await close();
}

test('no page draws text in the browser’s default font, search results included', async () => {
  const problems: string[] = [];
  await eachPage(1280, async (page, path) => {
    for (const problem of await textInOtherFonts(page)) problems.push(`${path} ${problem}`);
  });
  const { page, close } = await openPage(site.browser);
  await page.goto(`${site.origin}/search.html?q=watch`);
  await page.locator('#search-results > li').first().waitFor();
  for (const problem of await textInOtherFonts(page)) problems.push(`/search.html?q=watch ${problem}`);
  await close();
  assert.deepEqual(problems, []);
});

test('headings in a page’s body are smaller than its title, on a phone and on a desktop', async () => {
  const problems: string[] = [];
  let compared = 0;
  for (const width of WIDTHS) {
    await eachPage(width, async (page, path) => {
      const sizes = await page.evaluate(() => {
        const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
        const title = size(document.querySelector('h1')!);
        return [...document.querySelectorAll('main :is(h2, h3, h4, h5, h6)')]
          .filter((heading) => heading.checkVisibility())
          .map((heading) => ({ text: heading.textContent!.trim().slice(0, 40), size: size(heading), title }));
      });
      for (const { text, size, title } of sizes) {
        compared++;
        if (size >= title) problems.push(`${path} at ${width}px: “${text}” is ${size}px, the title ${title}px`);
      }
    });
  }
  assert.ok(compared > 100, `${compared} headings compared`);
  assert.deepEqual(problems, []);
});

test('no space before a full stop or comma, and no underlined space at either end of a link', async () => {
  const problems: string[] = [];
  await eachPage(1280, async (page, path) => {
    const found = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const spaced = (main.innerText.match(/\S.{0,30} [.,;:](?!\S)/g) ?? []).map((text) => `space before: “${text}”`);
      const links = [...main.querySelectorAll('a')]
        .map((link) => link.innerText)
        .filter((text) => text !== text.trim())
        .map((text) => `link text with an underlined space: “${text}”`);
      return [...spaced, ...links];
    });
    for (const problem of found) problems.push(`${path} ${problem}`);
  });
  assert.deepEqual(problems, []);
});
