import { getCollection, type CollectionEntry } from 'astro:content';
import { checkSite, type GuidanceInput } from './site-checks.ts';
import { ContentError, recordLine } from './yaml-records.ts';
import { bodyLineInFile, frontmatterLine } from './frontmatter.ts';
import { overdueWarning, reviewRows } from './review-report.ts';
import { isoDate } from '../site/dates.ts';
import { markdownFindings } from './findings.ts';
import type { Contact, Organisation, Rule, Topic } from '../../schemas/records.ts';
import { goodsViews, type GoodsView } from '../goods/views.ts';
import { HELPLINE_ID } from '../site/helpline.ts';
import { loadRecords, type SiteRecords } from './records.ts';
import { contentVersion, hashContent, type ContentVersion } from './content-version.ts';
import { siteChanges, type SiteChange } from '../changes/site-changes.ts';

export type GuidanceEntry = CollectionEntry<'guidance'>;

export interface Site extends SiteRecords {
  guidance: GuidanceEntry[];
  guidanceById: Map<string, GuidanceEntry>;
  /** Every goods category with its rule and where its guidance lists it, in the records' order. */
  goodsViews: GoodsView[];
  /** The helpline every goods page, the contact page and the list checker point to. */
  helpline: Contact;
  topicById: Map<string, Topic>;
  organisationById: Map<string, Organisation>;
  ruleById: Map<string, Rule>;
  /** The content this build was made from: its newest change and its hash. */
  version: ContentVersion;
  /** Every change to a guidance page, rule or goods category, newest first. */
  changes: SiteChange[];
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
/** Where the content is: the build and the benchmark point this elsewhere. */
const CONTENT_DIR = process.env.SITE_CONTENT_DIR ?? 'content';

function guidanceInput(entry: GuidanceEntry): GuidanceInput {
  return {
    id: entry.id,
    filePath: entry.filePath ?? `guidance/${entry.id}.md`,
    data: entry.data,
    rendered: entry.rendered !== undefined,
    ...markdownFindings(entry.rendered?.metadata?.frontmatter),
  };
}

async function load(): Promise<Site> {
  const guidance = (await getCollection('guidance')).sort((a, b) => a.data.title.localeCompare(b.data.title));
  // In the order Astro's collections gave them (by id), which the sitemap and lists keep.
  const records = Object.fromEntries(
    Object.entries(loadRecords(CONTENT_DIR)).map(([name, list]) => [
      name,
      [...(list as Array<{ id: string }>)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ]),
  ) as SiteRecords;
  const problems = checkSite({
    ...records,
    guidance: guidance.map(guidanceInput),
    contentDir: CONTENT_DIR,
    today: new Date(),
    lineOf: frontmatterLine,
    bodyLineOf: bodyLineInFile,
    recordLineOf: recordLine,
  });
  if (problems.length > 0) throw new ContentError(problems);
  // Stale guidance is published (the page itself warns readers), but the build says so too.
  const warning = overdueWarning(
    reviewRows(
      guidance.map((entry) => ({ file: entry.filePath ?? entry.id, data: entry.data })),
      isoDate(new Date()),
    ),
  );
  if (warning) console.warn(`\n⚠ ${warning}\n`);
  const guidanceById = byId(guidance);
  const ruleById = byId(records.rules);
  return {
    ...records,
    guidance,
    guidanceById,
    topicById: byId(records.topics),
    organisationById: byId(records.organisations),
    ruleById,
    goodsViews: goodsViews(records.goods, ruleById, guidanceById),
    // The site checks have confirmed that the helpline's record exists.
    helpline: records.contacts.find((contact) => contact.id === HELPLINE_ID)!,
    version: contentVersion(
      [...guidance.map((entry) => entry.data), ...records.rules, ...records.goods],
      hashContent(CONTENT_DIR),
    ),
    changes: siteChanges({ guidance, rules: records.rules, goods: records.goods }),
  };
}

let site: Promise<Site> | undefined;

/**
 * The whole site's content, checked once per build. Every page asks for it, so the first page to
 * render runs the checks and a content mistake stops the build before anything is published.
 */
export function loadSite(): Promise<Site> {
  site ??= load();
  return site;
}
