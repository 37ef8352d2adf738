// Labelled query lists: the words people type for a goods category, with the right answer, and
// how a matcher's answers score against them. Shared by the search-quality test and the matcher
// benchmark; pure (it takes a list's text, not a path), so neither reaches into the other.

/** One query of a list: its kind, the words, and the right categories ("-": none, the never-allowed answer). */
export interface LabelledQuery {
  kind: string;
  query: string;
  right: string[];
}

/** Reads a list (kind<TAB>query<TAB>right ids, "|" between them; "#" starts a comment); `file` names it in errors. */
export function readQueries(text: string, file: string): LabelledQuery[] {
  return text
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [kind, query, right] = line.split('\t');
      if (!kind || !query || !right) throw new Error(`${file}: a line needs kind, query and answer: "${line}"`);
      return { kind, query, right: right.split('|') };
    });
}

export interface Scored {
  top1: number;
  top3: number;
  total: number;
  misses: string[];
}

/**
 * Scores a list against the category ids each query got, best first. A query whose right answer
 * is "no category" scores only when nothing is shown, at any rank.
 */
export function score(queries: LabelledQuery[], answers: string[][]): Scored {
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  queries.forEach(({ query, right }, index) => {
    const got = answers[index] ?? [];
    const none = got.length === 0 && right.includes('-');
    const rank = none ? 0 : got.findIndex((id) => right.includes(id));
    if (rank === 0) top1++;
    if (rank >= 0 && rank < 3) top3++;
    if (rank !== 0)
      misses.push(`${query} → ${got.slice(0, 3).join(', ') || 'no category'} (rank ${rank < 0 ? '-' : rank + 1})`);
  });
  return { top1, top3, total: queries.length, misses };
}

export const percent = (part: number, total: number) => `${((100 * part) / total).toFixed(1)}%`;

/**
 * The queries whose first category is under one of North Korea's own import rules although a right
 * answer is under a UK export rule: a reader would see a North Korean licence where the UK bans the
 * goods. `ukExport` tells which categories are under a UK export rule.
 */
export function importRuleFirst(
  queries: LabelledQuery[],
  answers: string[][],
  ukExport: (id: string) => boolean,
): string[] {
  return queries.flatMap(({ query, right }, index) => {
    const first = answers[index]?.[0];
    return first !== undefined && !ukExport(first) && right.some(ukExport) ? [`${query} → ${first}`] : [];
  });
}
