// A new user on the luxury goods page, in a real browser: reads it, follows the breadcrumb to the
// topic page and back, and finds working helpline links. Then the same page without JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../../dev/browser.ts';
import { browserAndSite } from '../support/browser-and-site.ts';

const LUXURY = '/guidance/exporting-luxury-goods-north-korea.html';
const TOPIC = '/topic/business-and-self-employed/exporting-and-doing-business-abroad.html';

const site = browserAndSite();

test('a reader follows the breadcrumb to the topic page and comes back', async () => {
  const { page, errors, close } = await openPage(site.browser);
  await page.goto(site.origin + LUXURY);
  assert.equal(await page.title(), 'Exporting luxury goods to North Korea - North Korea Trade Guidance');
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Exporting luxury goods to North Korea');
  assert.equal(await page.locator('.app-goods-list li').count(), 22);

  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Exporting and doing business abroad' })
    .click();
  await page.waitForURL(site.origin + TOPIC);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Exporting and doing business abroad');

  await page.getByRole('link', { name: 'Exporting luxury goods to North Korea' }).click();
  await page.waitForURL(site.origin + LUXURY);
  await page.goBack();
  await page.waitForURL(site.origin + TOPIC);
  await page.goForward();
  await page.waitForURL(site.origin + LUXURY);
  assert.deepEqual(errors, []);
  await close();
});

test('the helpline’s email and telephone are working links', async () => {
  const { page, close } = await openPage(site.browser);
  await page.goto(site.origin + LUXURY);
  const contact = page.locator('.app-contact');
  await contact.scrollIntoViewIfNeeded();
  assert.ok(await contact.isVisible());
  const email = contact.getByRole('link', { name: 'exportcontrol.help@businessandtrade.gov.uk' });
  assert.equal(await email.getAttribute('href'), 'mailto:exportcontrol.help@businessandtrade.gov.uk');
  const phone = contact.getByRole('link', { name: '020 7215 4594' });
  assert.equal(await phone.getAttribute('href'), 'tel:+442072154594');
  await close();
});

test('the skip link takes keyboard users to the main content', async () => {
  const { page, close } = await openPage(site.browser);
  await page.goto(site.origin + LUXURY);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  assert.ok(await skip.isVisible(), 'the skip link shows when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main-content');
  await close();
});

test('without JavaScript the page reads completely', async () => {
  const { page, close } = await openPage(site.browser, { javaScriptEnabled: false });
  await page.goto(site.origin + LUXURY);
  assert.equal(await page.locator('.app-goods-list li').count(), 22);
  assert.ok(await page.locator('.app-contact').isVisible());
  assert.ok(await page.getByRole('search').isVisible());
  await close();
});

test('an unknown address shows the 404 page', async () => {
  const { page, close } = await openPage(site.browser);
  const response = await page.goto(`${site.origin}/guidance/no-such-page.html`);
  assert.equal(response?.status(), 404);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Page not found');
  await close();
});
