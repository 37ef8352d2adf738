import { getCollection, type CollectionEntry } from 'astro:content';
import { checkSite, type GuidanceInput } from './site-checks.ts';
import { ContentError } from './yaml-records.ts';
import { bodyLineInFile, frontmatterLine } from './frontmatter.ts';
import { overdueWarning, reviewRows } from './review-report.ts';
import { isoDate } from '../site/dates.ts';
import { markdownFindings } from './findings.ts';
import type { Contact, Goods, Organisation, Rule, Topic } from '../../schemas/records.ts';

export type GuidanceEntry = CollectionEntry<'guidance'>;

export interface Site {
  guidance: GuidanceEntry[];
  topics: Topic[];
  organisations: Organisation[];
  contacts: Contact[];
  rules: Rule[];
  goods: Goods[];
  guidanceById: Map<string, GuidanceEntry>;
  topicById: Map<string, Topic>;
  organisationById: Map<string, Organisation>;
  ruleById: Map<string, Rule>;
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
const dataOf = async <C extends 'topics' | 'organisations' | 'contacts' | 'rules' | 'goods'>(name: C) =>
  (await getCollection(name)).map((entry) => entry.data) as Array<CollectionEntry<C>['data']>;

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
  const [topics, organisations, contacts, rules, goods] = await Promise.all([
    dataOf('topics'),
    dataOf('organisations'),
    dataOf('contacts'),
    dataOf('rules'),
    dataOf('goods'),
  ]);
  const problems = checkSite({
    guidance: guidance.map(guidanceInput),
    topics,
    organisations,
    contacts,
    rules,
    goods,
    contentDir: process.env.SITE_CONTENT_DIR ?? 'content',
    today: new Date(),
    lineOf: frontmatterLine,
    bodyLineOf: bodyLineInFile,
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
  return {
    guidance,
    topics,
    organisations,
    contacts,
    rules,
    goods,
    guidanceById: byId(guidance),
    topicById: byId(topics),
    organisationById: byId(organisations),
    ruleById: byId(rules),
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
