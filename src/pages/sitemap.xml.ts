import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content/site';
import { sitemapPages } from '../lib/routes/site-pages';

/** Every indexable page, with the date it last changed where the content says so. */
export const GET: APIRoute = async ({ site }) => {
  const entries = sitemapPages(await loadSite());
  const body = entries
    .map(
      ({ path, lastmod }) =>
        `  <url><loc>${new URL(path, site).href}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    {
      headers: { 'Content-Type': 'application/xml; charset=utf-8' },
    },
  );
};
