// Checks a list of goods line by line with the goods matcher, and counts the answers. The same
// matcher, index and records as the search page, so a line gets the categories a search for its
// words gets. Runs in the browser: no Node modules, no zod, and only the matcher's types (its
// code loads when a check starts).
import type { CodeRead, GoodsMatch, Matches } from '../goods-matcher/matcher.ts';
import type { Explained } from '../goods-matcher/explain.ts';
import { STATUS_LABELS } from '../status.ts';
import { WAYS, direction, type Way } from '../directions.ts';
import type { ListLine } from './lines.ts';

export interface CheckedLine extends ListLine {
  /** The categories the line names, the rules for the way its words give first; none when no category was found. */
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
type Status = keyof typeof STATUS_LABELS;

/**
 * A line's outcome: the status of its first category (the one a reader acts on) and which way the
 * goods go under its rule (an import ban is not an export ban), or not matched.
 */
export type Outcome = { status: Status; way: Way } | { status: typeof NOT_MATCHED };

const keyOf = (outcome: Outcome) => ('way' in outcome ? `${outcome.way} ${outcome.status}` : outcome.status);

/** The order a summary lists outcomes in: by way, then the statuses as the site orders them, then no category. */
const OUTCOMES: Outcome[] = [
  ...(Object.keys(WAYS) as Way[]).flatMap((way) =>
    (Object.keys(STATUS_LABELS) as Status[]).map((status) => ({ status, way })),
  ),
  { status: NOT_MATCHED },
];

export function outcomeOf(line: CheckedLine): Outcome {
  const first = line.goods[0]?.entry;
  return first ? { status: first.status as Status, way: direction(first.direction).way } : { status: NOT_MATCHED };
}

export interface Summary {
  total: number;
  /** How many lines had each outcome, in the site's order; outcomes no line had are left out. */
  counts: Array<{ outcome: Outcome; lines: number }>;
}

export function summarise(checked: CheckedLine[]): Summary {
  const counts = new Map<string, number>();
  for (const line of checked) {
    const key = keyOf(outcomeOf(line));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return {
    total: checked.length,
    counts: OUTCOMES.filter((outcome) => counts.has(keyOf(outcome))).map((outcome) => ({
      outcome,
      lines: counts.get(keyOf(outcome))!,
    })),
  };
}

/** Which way an outcome's rule is about, in words, where it is not the site's first question. */
export const outcomeWay = (outcome: Outcome) =>
  'way' in outcome && outcome.way === 'from-north-korea' ? 'on import from North Korea' : '';

/** How an outcome reads after a number of lines: "3 banned", "1 needs a licence", "2 banned on import from North Korea". */
function outcomeWords(outcome: Outcome, lines: number): string {
  if (outcome.status === NOT_MATCHED) return 'not matched';
  const words =
    outcome.status === 'licence-required'
      ? lines === 1
        ? 'needs a licence'
        : 'need a licence'
      : STATUS_LABELS[outcome.status].label.toLowerCase();
  return [words, outcomeWay(outcome)].filter(Boolean).join(' ');
}

export const linesWord = (count: number) => `${count.toLocaleString('en-GB')} ${count === 1 ? 'line' : 'lines'}`;

/** The summary in one sentence: "40 lines checked: 3 banned, 1 needs a licence, 2 not matched." */
export function summaryText(summary: Summary): string {
  const parts = summary.counts.map(
    ({ outcome, lines }) => `${lines.toLocaleString('en-GB')} ${outcomeWords(outcome, lines)}`,
  );
  return `${linesWord(summary.total)} checked${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
}
