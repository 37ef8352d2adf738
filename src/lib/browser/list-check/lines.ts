// A pasted list (an invoice, a packing list) as the lines the checker reads. Runs in the browser:
// no Node modules, no zod.

/** The most lines one check reads; a longer list is checked in parts. */
export const MAX_LINES = 1000;

/** One line of goods: where it stands in the reader's text and the words as given (trimmed). */
export interface ListLine {
  /** Its line number in the pasted text (1 for the first line), so the reader can find it. */
  number: number;
  text: string;
}

export interface SplitList {
  /** The non-empty lines, in their order, at most MAX_LINES of them. */
  lines: ListLine[];
  /** How many non-empty lines came after the first MAX_LINES and were not checked. */
  left: number;
}

/** Splits a pasted list into its non-empty lines, trimmed, keeping each line's number. */
export function splitLines(text: string, max = MAX_LINES): SplitList {
  const all = text
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ number: index + 1, text: line.trim() }))
    .filter((line) => line.text !== '');
  return { lines: all.slice(0, max), left: Math.max(all.length - max, 0) };
}

/** "1 line", "1,000 lines". */
export const linesWord = (count: number) => `${count.toLocaleString('en-GB')} ${count === 1 ? 'line' : 'lines'}`;
