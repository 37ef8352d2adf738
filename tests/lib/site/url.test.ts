import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLACEHOLDER_SITE_URL, placeholderWarning, siteUrl } from '../../../src/lib/site/url.ts';

test('without SITE_URL a development build uses the placeholder domain', () => {
  assert.deepEqual(siteUrl({}), { url: PLACEHOLDER_SITE_URL, placeholder: true });
  assert.deepEqual(siteUrl({ SITE_URL: '' }), { url: PLACEHOLDER_SITE_URL, placeholder: true });
  assert.match(placeholderWarning(), /SITE_URL is not set/);
  assert.match(placeholderWarning(), /north-korea-trade-guidance\.example/);
});

test('SITE_URL is the address every built link uses, without a trailing slash', () => {
  assert.deepEqual(siteUrl({ SITE_URL: 'https://trade.example.org/' }), {
    url: 'https://trade.example.org',
    placeholder: false,
  });
  assert.deepEqual(siteUrl({ SITE_URL: 'https://trade.example.org', SITE_ENV: 'production' }), {
    url: 'https://trade.example.org',
    placeholder: false,
  });
});

test('a production build refuses the placeholder, whether SITE_URL is missing or set to it', () => {
  assert.throws(() => siteUrl({ SITE_ENV: 'production' }), /SITE_URL must be set for a production build/);
  assert.throws(
    () => siteUrl({ SITE_ENV: 'production', SITE_URL: PLACEHOLDER_SITE_URL }),
    /SITE_URL must be set for a production build/,
  );
});

test('a malformed SITE_URL or SITE_ENV is refused with what was wrong', () => {
  assert.throws(() => siteUrl({ SITE_URL: 'trade.example.org' }), /SITE_URL "trade\.example\.org" is not an address/);
  assert.throws(() => siteUrl({ SITE_URL: 'http://trade.example.org' }), /must start with https:\/\//);
  assert.throws(() => siteUrl({ SITE_URL: 'https://example.org/guidance' }), /the site's address only/);
  assert.throws(() => siteUrl({ SITE_ENV: 'prod' }), /SITE_ENV "prod" is not known: use SITE_ENV=production/);
});
