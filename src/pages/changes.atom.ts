import type { APIRoute } from 'astro';
import { loadSite } from '../lib/content/site';
import { changesFeed } from '../lib/changes/feed';

/** Every change as an Atom 1.0 feed, which every page links to (`<link rel="alternate">`). */
export const GET: APIRoute = async ({ site }) => {
  const data = await loadSite();
  return new Response(changesFeed(data.changes, site!, data.version.date), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
