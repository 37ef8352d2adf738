// The results of a check as a CSV file, made in the browser (Papa Parse loads only when someone
// downloads). Cells that a spreadsheet would run as a formula are defused.
import Papa from 'papaparse';
import { STATUS_LABELS } from '../status.ts';
import type { CheckedLine } from './check.ts';
import type { AnswerRecord } from '../answer-record.ts';
import { recordCsvRows } from './csv-record.ts';

export { csvFileName } from './csv-record.ts';

export const CSV_COLUMNS = [
  'Line',
  'Goods as given',
  'Category',
  'Status',
  'Rule',
  'Category page',
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

/** One row per checked line, in the columns of CSV_COLUMNS. */
export function resultRows(checked: CheckedLine[], { origin, notMatchedNote }: CsvOptions): string[][] {
  return checked.map(({ number, text, goods }) => {
    const [first, ...others] = goods;
    if (!first) return [String(number), text, 'No category found', 'Not matched', '', '', '', notMatchedNote];
    return [
      String(number),
      text,
      first.entry.title,
      statusLabel(first.entry.status),
      first.entry.ruleName,
      new URL(first.entry.url, origin).href,
      others.map(({ entry }) => `${entry.title} (${statusLabel(entry.status)})`).join('; '),
      '',
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
