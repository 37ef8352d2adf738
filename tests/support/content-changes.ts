// Every change the content records, read straight from content/ (not through the site's own
// code), for the tests of what the feed and the What's changed pages list.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT } from '../../dev/paths.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { loadRecords } from '../../src/lib/content/records.ts';
import { guidanceSchema } from '../../src/schemas/guidance.ts';

export interface RecordedChange {
  /** The page a reader sees the change on, as a site path. */
  path: string;
  date: string;
  note: string;
}

export function recordedChanges(): RecordedChange[] {
  const records = loadRecords(CONTENT);
  const guidance = readdirSync(join(CONTENT, 'guidance')).map((file) => ({
    id: file.replace(/\.md$/, ''),
    data: guidanceSchema.parse(readFrontmatter(join(CONTENT, 'guidance', file))),
  }));
  const permalink = new Map(guidance.map((page) => [page.id, page.data.permalink]));
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return [
    ...guidance.flatMap((page) => page.data.history.map((entry) => ({ path: page.data.permalink, ...entry }))),
    ...records.rules.flatMap((rule) =>
      rule.history.map((entry) => ({ path: permalink.get(rule.guidance)!, ...entry })),
    ),
    ...records.goods.flatMap((item) => item.history.map((entry) => ({ path: `/goods/${item.id}.html`, ...entry }))),
  ].map(({ path, date, note }) => ({ path, date: day(date), note }));
}

/** A change as one line, for comparing lists of them. */
export const changeKey = (change: RecordedChange) => `${change.date} ${change.path} ${change.note}`;
