// The results of a check as a CSV file, made in the browser (Papa Parse loads only when someone
// downloads). Cells that a spreadsheet would run as a formula are defused.
import Papa from 'papaparse';
import { STATUS_LABELS } from '../status.ts';
import type { ExplainedLine } from './check.ts';
import type { Part } from '../goods-matcher/explain.ts';
import type { AnswerRecord } from '../answer-record.ts';
import { recordCsvRows } from './csv-record.ts';

export { csvFileName } from './csv-record.ts';

export const CSV_COLUMNS = [
  'Line',
  'Goods as given',
  'Code read',
  'Category',
  'Status',
  'Direction',
  'Rule',
  'Category page',
  'Why this category',
  'Other likely categories',
  'Note',
];

export interface CsvOptions {
  /** The site's address, so the category pages' links work from the spreadsheet. */
  origin: string;
  /** The never-allowed note for a line with no category, with the helpline's details. */
  notMatchedNote: string;
}

const statusLabel = (status: string) => STATUS_LABELS[status as keyof typeof STATUS_LABELS]?.label ?? status;

/** An explanation's words without its links. */
const plainText = (parts: Part[]) => parts.map((part) => (typeof part === 'string' ? part : part.text)).join('');

/** One row per checked line, in the columns of CSV_COLUMNS. */
export function resultRows(checked: ExplainedLine[], { origin, notMatchedNote }: CsvOptions): string[][] {
  return checked.map(({ number, text, goods, codes }) => {
    const [first, ...others] = goods;
    const code = codes.map((read) => plainText(read.paragraphs[0] ?? [])).join(' ');
    if (!first)
      return [String(number), text, code, 'No category found', 'Not matched', '', '', '', '', '', notMatchedNote];
    return [
      String(number),
      text,
      code,
      first.entry.title,
      statusLabel(first.entry.status),
      first.entry.kind,
      first.entry.ruleName,
      new URL(first.entry.url, origin).href,
      plainText(first.why),
      others.map(({ entry }) => `${entry.title} (${statusLabel(entry.status)})`).join('; '),
      first.note ?? '',
    ];
  });
}

/**
 * A cell that Excel or LibreOffice would run as a formula: one starting with =, +, -, @, a tab or a
 * carriage return. (Papa Parse's own pattern for `escapeFormulae: true` ends in `.*$`, which misses
 * a cell with a line break in it.)
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The CSV text, with a byte order mark so that Excel reads it as UTF-8; Papa Parse puts a ' before
 * any cell that starts like a formula. The record of the check follows the table (csv-record.ts).
 */
export function toCsv(rows: string[][], record: AnswerRecord): string {
  const data = [...rows, ...recordCsvRows(record, CSV_COLUMNS.length)];
  return `\uFEFF${Papa.unparse({ fields: CSV_COLUMNS, data }, { escapeFormulae: FORMULA_START, newline: '\r\n' })}`;
}
