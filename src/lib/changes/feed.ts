import { Feed } from 'feed';
import { CHANGES_FEED_URL, CHANGES_URL } from '../routes/paths.ts';
import { SITE_NAME } from '../site/meta.ts';
import { isoDate } from '../site/dates.ts';
import { CHANGE_KIND_LABELS, type SiteChange } from './site-changes.ts';

/** Text for an element the feed library marks as HTML (`type="html"`): shown as written, never as markup. */
const asHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * An id that names one change for good (RFC 4151 tag URI): the site's host, the day of the change,
 * and the change's place in its page's or record's history. It does not change when the text of
 * the note is corrected, so a feed reader does not show a corrected entry twice.
 */
export function changeId(change: SiteChange, site: URL): string {
  return `tag:${site.hostname},${isoDate(change.date)}:${change.kind}/${change.id}/${change.position}`;
}

/**
 * The Atom 1.0 feed of every change, newest first (the `feed` package writes the XML). Histories
 * are kept by day, so each entry is dated at midnight UTC of its day.
 */
export function changesFeed(changes: SiteChange[], site: URL, updated: Date): string {
  const feed = new Feed({
    id: new URL(CHANGES_FEED_URL, site).href,
    title: `What’s changed - ${SITE_NAME}`,
    description: 'Every change to the guidance, the rules and the goods categories, newest first.',
    link: new URL(CHANGES_URL, site).href,
    feedLinks: { atom: new URL(CHANGES_FEED_URL, site).href },
    updated,
    author: { name: SITE_NAME, link: new URL('/', site).href },
    language: 'en-GB',
    // Reproducible builds: no library name or version in the output.
    generator: false,
    copyright: `Guidance from GOV.UK contains public sector information licensed under the Open Government Licence v3.0; each page names its source and licence.`,
  });
  for (const change of changes) {
    feed.addItem({
      id: changeId(change, site),
      title: asHtml(`${CHANGE_KIND_LABELS[change.kind]}: ${change.title}`),
      link: new URL(change.url, site).href,
      date: change.date,
      description: asHtml(change.note),
    });
  }
  return feed.atom1();
}
