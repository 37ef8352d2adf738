// Checks a list of goods line by line with the goods matcher, and counts the answers. The same
// matcher, index and records as the search page, so a line gets the categories a search for its
// words gets. Runs in the browser: no Node modules, no zod, and only the matcher's types (its
// code loads when a check starts).
import type { CodeRead, GoodsMatch, Matches } from '../goods-matcher/matcher.ts';
import type { Explained } from '../goods-matcher/explain.ts';
import { STATUS_LABELS } from '../status.ts';
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
export type Outcome =
  { status: Status; way: string; wayOrder: number; countNote: string } | { status: typeof NOT_MATCHED };

const STATUS_ORDER = Object.keys(STATUS_LABELS);
const keyOf = (outcome: Outcome) => ('way' in outcome ? `${outcome.way} ${outcome.status}` : outcome.status);
/** The order a summary lists outcomes in: by way, then the statuses as the site orders them, then no category. */
const placeOf = (outcome: Outcome) =>
  'way' in outcome ? outcome.wayOrder * STATUS_ORDER.length + STATUS_ORDER.indexOf(outcome.status) : Infinity;

export function outcomeOf(line: CheckedLine): Outcome {
  const first = line.goods[0]?.entry;
  return first
    ? { status: first.status as Status, way: first.way, wayOrder: first.wayOrder, countNote: first.countNote }
    : { status: NOT_MATCHED };
}

export interface Summary {
  total: number;
  /** How many lines had each outcome, in the site's order; outcomes no line had are left out. */
  counts: Array<{ outcome: Outcome; lines: number }>;
}

export function summarise(checked: CheckedLine[]): Summary {
  const counts = new Map<string, { outcome: Outcome; lines: number }>();
  for (const line of checked) {
    const outcome = outcomeOf(line);
    const counted = counts.get(keyOf(outcome));
    if (counted) counted.lines++;
    else counts.set(keyOf(outcome), { outcome, lines: 1 });
  }
  return {
    total: checked.length,
    counts: [...counts.values()].sort((a, b) => placeOf(a.outcome) - placeOf(b.outcome)),
  };
}

/** Which way an outcome's rule is about, in words, where it is not the site's first question. */
export const outcomeWay = (outcome: Outcome) => ('way' in outcome ? outcome.countNote : '');

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

/** "1 line", "1,000 lines" (the page's own script has the same words in lines.ts; this loads with the lookup). */
const linesWord = (count: number) => `${count.toLocaleString('en-GB')} ${count === 1 ? 'line' : 'lines'}`;

/** The summary in one sentence: "40 lines checked: 3 banned, 1 needs a licence, 2 not matched." */
export function summaryText(summary: Summary): string {
  const parts = summary.counts.map(
    ({ outcome, lines }) => `${lines.toLocaleString('en-GB')} ${outcomeWords(outcome, lines)}`,
  );
  return `${linesWord(summary.total)} checked${parts.length > 0 ? `: ${parts.join(', ')}` : ''}.`;
}
