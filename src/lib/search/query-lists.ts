// Labelled query lists: the words people type for a goods category, with the right answer, and
// how a matcher's answers score against them. Shared by the search-quality test and the matcher
// benchmark; pure (it takes a list's text, not a path), so neither reaches into the other.

/** One query of a list: its kind, the words, and the right categories ("-": none, the never-allowed answer). */
export interface LabelledQuery {
  kind: string;
  query: string;
  right: string[];
  /** Every right category must be shown ("+" between them), not just one of them ("|"). */
  all?: boolean;
  /** The HS heading the answer must show; null when no code may be read from the words. */
  heading?: string | null;
}

/**
 * Reads a list (kind<TAB>query<TAB>right ids<TAB>heading, optional; "#" starts a comment); `file`
 * names it in errors. Right ids are split on "|" (any of them is right) or "+" (all of them must be
 * shown); a heading of "-" means that no code may be read from the words.
 */
export function readQueries(text: string, file: string): LabelledQuery[] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [kind, query, right, heading] = line.split('\t');
      if (!kind || !query || !right) throw new Error(`${file}: a line needs kind, query and answer: "${line}"`);
      if (heading && heading !== '-' && !/^\d{4}$/.test(heading))
        throw new Error(`${file}: a heading is four digits, or "-" for no code: "${line}"`);
      const all = right.includes('+');
      return {
        kind,
        query,
        right: right.split(all ? '+' : '|'),
        ...(all ? { all } : {}),
        ...(heading ? { heading: heading === '-' ? null : heading } : {}),
      };
    });
}

export interface Scored {
  top1: number;
  top3: number;
  /** Queries whose every right category is among the first five shown (for "|" lists, any of them). */
  complete: number;
  /** Queries whose first category is one a reader would call wrong: shown, and not a right one. */
  wrongFirst: string[];
  total: number;
  misses: string[];
}

/** How many categories a reader takes in as one answer: the test of "every rule shown". */
export const ANSWER_SIZE = 5;

/**
 * Scores a list against the category ids each query got, best first. A query whose right answer
 * is "no category" scores only when nothing is shown, at any rank.
 */
export function score(queries: LabelledQuery[], answers: string[][]): Scored {
  let top1 = 0;
  let top3 = 0;
  let complete = 0;
  const misses: string[] = [];
  const wrongFirst: string[] = [];
  queries.forEach(({ query, right, all }, index) => {
    const got = answers[index] ?? [];
    const none = got.length === 0 && right.includes('-');
    const rank = none ? 0 : got.findIndex((id) => right.includes(id));
    const shown = got.slice(0, ANSWER_SIZE);
    const whole = none || (all ? right.every((id) => shown.includes(id)) : rank >= 0 && rank < ANSWER_SIZE);
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (whole) complete++;
    if (got.length > 0 && rank !== 0) wrongFirst.push(`${query} → ${got[0]}`);
    if (all ? !whole : rank !== 0) {
      const missing = all ? right.filter((id) => !shown.includes(id)) : [];
      misses.push(
        `${query} → ${got.slice(0, all ? ANSWER_SIZE : 3).join(', ') || 'no category'} (${
          all ? `missing ${missing.join(', ')}` : `rank ${rank < 0 ? '-' : rank + 1}`
        })`,
      );
    }
  });
  return { top1, top3, complete, wrongFirst, total: queries.length, misses };
}

/** What an answer showed of codes: the headings of the codes read, and every heading the answer shows. */
export interface ShownCodes {
  read: string[];
  shown: string[];
}

/**
 * Scores the headings of the queries that name one: the heading must be shown; where the list
 * says "-", no code may have been read from the words.
 */
export function scoreHeadings(
  queries: LabelledQuery[],
  codes: ShownCodes[],
): { right: number; total: number; misses: string[] } {
  let right = 0;
  let total = 0;
  const misses: string[] = [];
  queries.forEach(({ query, heading }, index) => {
    if (heading === undefined) return;
    total++;
    const { read, shown } = codes[index] ?? { read: [], shown: [] };
    const ok = heading === null ? read.length === 0 : shown.includes(heading);
    if (ok) right++;
    else
      misses.push(
        `${query} → ${heading === null ? `read ${read.join(', ')}` : `showed ${shown.join(', ') || 'no heading'}, not ${heading}`}`,
      );
  });
  return { right, total, misses };
}

export const percent = (part: number, total: number) => `${((100 * part) / total).toFixed(1)}%`;

/**
 * The queries whose first category is under a kind of rule that answers show after a right one's:
 * a North Korean licence above a UK ban on the same goods, or a rule on goods going to North Korea
 * above the import ban on goods the reader said come from it. `rank` places a category's kind of
 * rule for a query (directions.ts: `directionRank`, with the way the query's words give).
 */
export function rulesOutOfOrder(
  queries: LabelledQuery[],
  answers: string[][],
  rank: (id: string, query: string) => number | undefined,
): string[] {
  return queries.flatMap(({ query, right }, index) => {
    const first = answers[index]?.[0];
    if (first === undefined) return [];
    const firstRank = rank(first, query)!;
    return right.some((id) => (rank(id, query) ?? Infinity) < firstRank) ? [`${query} → ${first}`] : [];
  });
}
