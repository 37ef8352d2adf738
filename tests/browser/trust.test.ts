// What a careful reader checks before relying on a page: review dates (and a warning, decided in
// the reader's browser, once a page is overdue), printing, and structured data.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../../dev/browser.ts';
import { browserAndSite } from '../support/browser-and-site.ts';
import { page as builtPage } from '../support/dist.ts';

const LUXURY = '/guidance/exporting-luxury-goods-north-korea.html';
const site = browserAndSite();
let due: string;
before(() => {
  due = builtPage(LUXURY).querySelector('[data-review-due]')!.getAttribute('data-review-due')!;
});

const dayAfter = (iso: string, days: number) => new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000);

async function bannerOn(date: Date, javaScriptEnabled = true) {
  const { page, close } = await openPage(site.browser, { javaScriptEnabled, timezoneId: 'Europe/London' });
  if (javaScriptEnabled) await page.clock.setFixedTime(date);
  await page.goto(site.origin + LUXURY);
  await page.waitForLoadState('networkidle');
  const banner = page.getByRole('region', { name: 'Important' });
  const visible = await banner.isVisible();
  const text = visible ? await banner.textContent() : '';
  const metadata = (await page.locator('.app-metadata').textContent()) ?? '';
  await close();
  return { visible, text: text ?? '', metadata };
}

test('before the review date: no warning, and both review dates are shown', async () => {
  const { visible, metadata } = await bannerOn(dayAfter(due, -30));
  assert.equal(visible, false);
  assert.match(metadata, /Last reviewed\s+\d{1,2} \w+ \d{4}/);
  assert.match(metadata, /Next review due\s+\d{1,2} \w+ \d{4}/);
});

test('on the review date itself: due, not yet overdue, so no warning', async () => {
  assert.equal((await bannerOn(dayAfter(due, 0))).visible, false);
});

test('after the review date: a banner says the guidance may be out of date and whom to ask', async () => {
  const { visible, text } = await bannerOn(dayAfter(due, 1));
  assert.equal(visible, true);
  assert.match(text, /may be out of date/);
  assert.match(text, /export control helpline/);
});

test('after the review date the banner is styled as GOV.UK Frontend’s notification banner, not as bare text', async () => {
  const { page, close } = await openPage(site.browser, { timezoneId: 'Europe/London' });
  await page.clock.setFixedTime(dayAfter(due, 1));
  await page.goto(site.origin + LUXURY);
  const banner = page.getByRole('region', { name: 'Important' });
  await banner.waitFor();
  const styles = await banner.evaluate((element) => {
    const title = element.querySelector('.govuk-notification-banner__title')!;
    const header = element.querySelector('.govuk-notification-banner__header')!;
    const style = getComputedStyle(element);
    return {
      border: `${style.borderTopStyle} ${style.borderTopWidth}`,
      borderColour: style.borderTopColor,
      headerBackground: getComputedStyle(header).backgroundColor,
      titleFont: getComputedStyle(title).fontFamily,
      bodyFont: getComputedStyle(element.querySelector('.govuk-body')!).fontFamily,
    };
  });
  assert.equal(styles.border, 'solid 5px');
  assert.equal(styles.headerBackground, styles.borderColour, 'the header bar has the border’s colour');
  assert.equal(styles.titleFont, styles.bodyFont, '“Important” in the site’s font');
  await close();
});

test('without JavaScript: no banner can be decided, but the review dates are there', async () => {
  const { visible, metadata } = await bannerOn(dayAfter(due, 400), false);
  assert.equal(visible, false);
  assert.match(metadata, /Next review due/);
});

test('printing: a print control with JavaScript; navigation, search and footer links hidden on paper; link addresses printed', async () => {
  const { page, close } = await openPage(site.browser);
  await page.goto(site.origin + LUXURY);
  const button = page.getByRole('button', { name: 'Print this page' });
  assert.ok(await button.isVisible());
  await page.emulateMedia({ media: 'print' });
  for (const selector of [
    '.app-header-search',
    '.govuk-breadcrumbs',
    '.govuk-footer__inline-list',
    '.app-print-button',
    '.govuk-skip-link',
  ]) {
    assert.equal(await page.locator(selector).first().isVisible(), false, selector);
  }
  assert.ok(await page.getByText(/^Printed from https:\/\//).isVisible());
  const after = await page
    .locator('.app-prose a[href^="https://"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  assert.match(after, /https:\/\/www\.gov\.uk\//);
  // Links to the site's own pages are printed as full addresses, on the site's own domain.
  const origin = new URL(
    (await page.getByText(/^Printed from https:\/\//).textContent())!.replace('Printed from ', '').trim(),
  ).origin;
  const own = await page
    .locator('.app-prose a[href^="/goods/"]')
    .first()
    .evaluate((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content }));
  assert.equal(own.after, `" (${origin}${own.href})"`);
  // An email address is the link's own text: it is not printed twice.
  const email = page.locator('.app-prose a[href^="mailto:"]').first();
  assert.equal(await email.evaluate((a) => getComputedStyle(a, '::after').content), 'none');
  assert.match((await email.textContent()) ?? '', /@/);
  // The same on other pages: a goods page's link to its guidance.
  await page.goto(`${site.origin}/goods/caviar.html`);
  const listed = await page
    .getByRole('link', { name: 'Exporting luxury goods to North Korea' })
    .evaluate((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content }));
  assert.equal(listed.after, `" (${origin}${listed.href})"`);
  await close();
  const noScript = await openPage(site.browser, { javaScriptEnabled: false });
  await noScript.page.goto(site.origin + LUXURY);
  assert.equal(await noScript.page.getByRole('button', { name: 'Print this page' }).isVisible(), false);
  await noScript.close();
});
