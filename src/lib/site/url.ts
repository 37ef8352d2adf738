/**
 * The address the site is published at, from the environment. Canonical links, the sitemap,
 * printouts and the goods data files all carry it, so a wrong one cannot be fixed after the build.
 */
export const PLACEHOLDER_SITE_URL = 'https://north-korea-trade-guidance.example';

export interface SiteUrlEnv {
  /** The published address, such as https://trade.example.org (https, no path). */
  SITE_URL?: string | undefined;
  /** `production` for a build that will be published: it refuses to run without SITE_URL. */
  SITE_ENV?: string | undefined;
}

export function siteUrl(env: SiteUrlEnv): { url: string; placeholder: boolean } {
  const production = env.SITE_ENV === 'production';
  if (env.SITE_ENV && !production)
    throw new Error(
      `SITE_ENV "${env.SITE_ENV}" is not known: use SITE_ENV=production for a build to publish, or leave it unset.`,
    );
  const given = env.SITE_URL?.trim();
  if (!given || given.replace(/\/$/, '') === PLACEHOLDER_SITE_URL) {
    if (production)
      throw new Error(
        'SITE_URL must be set for a production build (SITE_ENV=production): the address the site is published at, ' +
          'such as SITE_URL=https://trade.example.org. See deploy/README.md.',
      );
    return { url: PLACEHOLDER_SITE_URL, placeholder: true };
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL "${given}" is not an address: write it in full, such as https://trade.example.org.`);
  }
  if (url.protocol !== 'https:') throw new Error(`SITE_URL "${given}" must start with https://.`);
  if (url.pathname !== '/' || url.search || url.hash)
    throw new Error(
      `SITE_URL "${given}" must be the site's address only (${url.origin}): the site is built for the root of its domain.`,
    );
  return { url: url.origin, placeholder: false };
}

/** Printed by every build without SITE_URL, where whoever deploys it cannot miss it. */
export function placeholderWarning(): string {
  const rule = '!'.repeat(78);
  return [
    rule,
    `SITE_URL is not set: every address in this build uses the placeholder ${PLACEHOLDER_SITE_URL}`,
    '(canonical links, sitemap, printouts, goods.json, goods.csv, goods.schema.json).',
    'Do not publish it. To build for publishing:',
    '  SITE_URL=https://your.domain SITE_ENV=production npm run build',
    'See deploy/README.md.',
    rule,
  ].join('\n');
}
