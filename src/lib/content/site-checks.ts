import type { GuidanceData } from '../../schemas/guidance.ts';
import { recordLine, type ContentProblem } from './yaml-records.ts';
import { checkCodes } from './code-checks.ts';
import type { MarkdownProblem, SiteLink } from './findings.ts';
import {
  RECORD_NAMES,
  RECORD_TYPES,
  referencesOf,
  type RecordName,
  type ReferenceTarget,
  type SiteRecords,
} from './records.ts';

/** How a message names each kind of thing a record can refer to. */
const NOUNS: Record<ReferenceTarget, string> = {
  topics: 'topic',
  organisations: 'organisation',
  contacts: 'contact',
  rules: 'rule',
  goods: 'goods category',
  guidance: 'guidance page',
  hsChapters: 'HS chapter',
};
import { STATIC_ROUTES } from '../routes/paths.ts';
import { sitemapPages } from '../routes/site-pages.ts';
import { isoDate } from '../site/dates.ts';
import { reviewDueDate } from '../browser/review.ts';
import { historyProblems } from './history-checks.ts';

/** The kinds of record that carry a dated history (`updated` and `history`). */
export const HISTORY_RECORDS = ['rules', 'goods'] as const satisfies RecordName[];

/** A guidance page as the checks see it: its data, its file, and what rendering found. */
export interface GuidanceInput {
  id: string;
  filePath: string;
  data: GuidanceData;
  /** False when the Markdown could not be rendered at all. */
  rendered: boolean;
  problems: MarkdownProblem[];
  links: SiteLink[];
}

export interface SiteInput extends SiteRecords {
  guidance: GuidanceInput[];
  /** Where the record files are (for messages), such as "content". */
  contentDir: string;
  today: Date;
  /** Finds the line of a top-level front-matter key. */
  lineOf?: (filePath: string, key: string) => number | undefined;
  /** Finds the line of the file on which a line of its Markdown body is. */
  bodyLineOf?: (filePath: string, bodyLine: number) => number | undefined;
  /** Finds the line of a record's field (a path such as ["history", 2, "date"]). */
  recordLineOf?: (record: object, path: Array<string | number>) => number | undefined;
}

/** Every address the site will have, for checking links and breadcrumbs. */
function sitePaths(site: Pick<SiteInput, 'guidance' | 'topics' | 'rules' | 'goods' | 'hsChapters'>): Set<string> {
  return new Set<string>([...STATIC_ROUTES, ...sitemapPages(site).map((page) => page.path)]);
}

/**
 * The checks a schema cannot make, because they look across files: references that must lead
 * somewhere, addresses that must be unique, links that must resolve, and dates that must agree.
 * Returns every problem found (the build then reports them all at once).
 */
export function checkSite(site: SiteInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const recordFile = (name: RecordName) => `${site.contentDir}/${RECORD_TYPES[name].file}`;
  const ids = (items: Array<{ id: string }>) => new Set(items.map((item) => item.id));
  const topicIds = ids(site.topics);
  const organisationIds = ids(site.organisations);
  const guidanceIds = ids(site.guidance);
  const paths = sitePaths(site);

  const permalinkOwner = new Map<string, string>();
  for (const page of site.guidance) {
    const at = (field: string, message: string, line?: number) =>
      problems.push({
        file: page.filePath,
        field,
        message,
        line: line ?? site.lineOf?.(page.filePath, field.split(/[.[]/)[0] ?? field),
      });
    const { data } = page;

    if (!page.rendered) at('body', 'the Markdown could not be rendered (the error is logged above this message)', 1);
    // Rendering knows lines of the Markdown body; the file's line adds its front matter.
    const fileLine = (bodyLine: number | undefined) =>
      bodyLine === undefined ? undefined : (site.bodyLineOf?.(page.filePath, bodyLine) ?? bodyLine);
    for (const problem of page.problems)
      problems.push({ file: page.filePath, line: fileLine(problem.bodyLine), field: 'body', message: problem.message });
    for (const link of page.links) {
      const path = link.url.split('#')[0];
      if (path && !paths.has(path)) {
        problems.push({
          file: page.filePath,
          line: fileLine(link.bodyLine),
          field: 'body',
          message: `the link "${link.url}" leads to no page of this site (for a GOV.UK page, use its full https://www.gov.uk/ address)`,
        });
      }
    }

    const owner = permalinkOwner.get(data.permalink);
    if (owner) at('permalink', `"${data.permalink}" is already the permalink of ${owner}`);
    else permalinkOwner.set(data.permalink, page.filePath);

    if (!topicIds.has(data.topic)) at('topic', `there is no topic "${data.topic}" in ${recordFile('topics')}`);
    if (!organisationIds.has(data.organisation))
      at('organisation', `there is no organisation "${data.organisation}" in ${recordFile('organisations')}`);
    data.related.forEach((id, index) => {
      if (!guidanceIds.has(id)) at(`related[${index}]`, `there is no guidance page "${id}"`);
    });

    data.breadcrumbs.forEach((crumb, index) => {
      if (index === 0 && (crumb.url !== '/' || crumb.name !== 'Home'))
        at('breadcrumbs[0]', 'the first breadcrumb must be Home, linking to /');
      if (!paths.has(crumb.url)) at(`breadcrumbs[${index}].url`, `"${crumb.url}" is not a page of this site`);
    });

    if (data.updated < data.published) at('updated', 'is before the date the page was first published');
    for (const problem of historyProblems(data, site.today)) at(problem.field, problem.message);
    if (data.lastReviewed > site.today) at('lastReviewed', `${isoDate(data.lastReviewed)} is in the future`);
    if (reviewDueDate(data.lastReviewed, data.reviewDue) <= data.lastReviewed)
      at('reviewDue', 'must come after the last review');
  }

  // Rules and goods categories carry a dated history of their own, checked as a page's is.
  for (const name of HISTORY_RECORDS) {
    for (const record of site[name]) {
      for (const problem of historyProblems(record, site.today))
        problems.push({
          file: recordFile(name),
          line: site.recordLineOf?.(record, problem.path),
          field: `"${record.id}" → ${problem.field}`,
          message: problem.message,
        });
    }
  }

  // References between records, as RECORD_TYPES declares them: each must name a record (or a
  // guidance page) that exists.
  const known: Record<ReferenceTarget, Set<string>> = {
    ...(Object.fromEntries(RECORD_NAMES.map((name) => [name, ids(site[name])])) as Record<RecordName, Set<string>>),
    guidance: guidanceIds,
  };
  for (const name of RECORD_NAMES) {
    for (const record of site[name] as Array<{ id: string } & Record<string, unknown>>) {
      for (const [field, target] of referencesOf(name)) {
        const value = record[field];
        const named = Array.isArray(value) ? value : value === undefined ? [] : [value];
        named.forEach((id, index) => {
          if (known[target].has(String(id))) return;
          const where = Array.isArray(value) ? `${field}[${index}]` : field;
          const file = target === 'guidance' || target === name ? '' : ` in ${recordFile(target)}`;
          problems.push({
            file: recordFile(name),
            line: recordLine(record, Array.isArray(value) ? [field, index] : [field]),
            field: `"${record.id}" → ${where}`,
            message: `there is no ${NOUNS[target]} "${String(id)}"${file}`,
          });
        });
      }
    }
  }

  const topicUrls = new Map<string, string>();
  for (const topic of site.topics) {
    const clash = topicUrls.get(topic.url);
    if (clash)
      problems.push({
        file: recordFile('topics'),
        field: `"${topic.id}" → url`,
        message: `"${topic.url}" is already the address of topic "${clash}"`,
      });
    topicUrls.set(topic.url, topic.id);
  }
  for (const item of site.goods) {
    (item.alsoUnder ?? []).forEach((rule, index) => {
      if (rule === item.rule)
        problems.push({
          file: recordFile('goods'),
          line: recordLine(item, ['alsoUnder', index]),
          field: `"${item.id}" → alsoUnder[${index}]`,
          message: `"${rule}" is the category's own rule; alsoUnder names other rules`,
        });
    });
  }
  problems.push(
    ...checkCodes({
      goods: site.goods,
      rules: site.rules,
      hsChapters: site.hsChapters,
      files: { goods: recordFile('goods'), rules: recordFile('rules'), hsChapters: recordFile('hsChapters') },
    }),
  );
  return problems;
}
