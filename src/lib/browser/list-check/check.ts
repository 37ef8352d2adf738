// Checks a list of goods line by line with the goods matcher, and counts the answers. The same
// matcher, index and records as the search page, so a line gets the categories a search for its
// words gets. Runs in the browser: no Node modules, no zod, and only the matcher's types (its
// code loads when a check starts).
import type { CodeRead, GoodsMatch, Matches } from '../goods-matcher/matcher.ts';
import type { Explained } from '../goods-matcher/explain.ts';
import { STATUS_LABELS } from '../status.ts';
import type { ListLine } from './lines.ts';

export interface CheckedLine extends ListLine {
  /** The categories the line names, UK export rules first; none when no category was found. */
  goods: GoodsMatch[];
  /** The commodity codes read in the line. */
  codes: CodeRead[];
}

/** A checked line with what the page says of it: each category's reason and note, each code read. */
export interface ExplainedLine extends Omit<CheckedLine, 'goods' | 'codes'>, Pick<Explained, 'goods' | 'codes'> {}

export function checkLines(lines: ListLine[], match: (text: string) => Matches): CheckedLine[] {
  return lines.map((line) => {
    const { goods, codes } = match(line.text);
    return { ...line, goods, codes };
  });
}

/** A line whose words name no category: never read as "allowed". */
export const NOT_MATCHED = 'not-matched';
type Outcome = keyof typeof STATUS_LABELS | typeof NOT_MATCHED;

/** The order a summary lists outcomes in: the statuses as the site orders them, then no category. */
const OUTCOMES = [...(Object.keys(STATUS_LABELS) as Array<keyof typeof STATUS_LABELS>), NOT_MATCHED] as const;

/** A line's outcome: the status of its first category (the one a reader acts on), or not matched. */
export const outcomeOf = (line: CheckedLine): Outcome =>
  (line.goods[0]?.entry.status as Outcome | undefined) ?? NOT_MATCHED;

export interface Summary {
  total: number;
  /** How many lines had each outcome, in the site's order; outcomes no line had are left out. */
  counts: Array<{ outcome: Outcome; lines: number }>;
}

export function summarise(checked: CheckedLine[]): Summary {
  const counts = new Map<Outcome, number>();
  for (const line of checked) counts.set(outcomeOf(line), (counts.get(outcomeOf(line)) ?? 0) + 1);
  return {
    total: checked.length,
    counts: OUTCOMES.filter((outcome) => counts.has(outcome)).map((outcome) => ({
      outcome,
      lines: counts.get(outcome)!,
    })),
  };
}

/** How an outcome reads after a number of lines: "3 banned", "1 needs a licence". */
function outcomeWords(outcome: Outcome, lines: number): string {
  if (outcome === NOT_MATCHED) return 'not matched';
  if (outcome === 'licence-required') return lines === 1 ? 'needs a licence' : 'need a licence';
  return STATUS_LABELS[outcome].label.toLowerCase();
}

export const linesWord = (count: number) => `${count.toLocaleString('en-GB')} ${count === 1 ? 'line' : 'lines'}`;

/** The summary in one sentence: "40 lines checked: 3 banned, 1 needs a licence, 2 not matched." */
export function summaryText(summary: Summary): string {
  const parts = summary.counts.map(
    ({ outcome, lines }) => `${lines.toLocaleString('en-GB')} ${outcomeWords(outcome, lines)}`,
  );
  return `${linesWord(summary.total)} checked${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
}
