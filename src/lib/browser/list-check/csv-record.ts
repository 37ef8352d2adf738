// The record of a check in the results' CSV file. It goes under the table, after an empty row, so
// that the table starts the file with its header as the first row: Excel and LibreOffice open it
// as a table that sorting and filtering stop at the empty row, and a program that reads the first
// row as the header reads the lines as before. Every row has as many cells as the header, so the
// file stays rectangular (RFC 4180).
import { localTime, recordRows, type AnswerRecord } from '../answer-record.ts';

/** The heading cell of the record's first row, which a reader (or a program) looks for. */
export const RECORD_HEADING = 'Record of this check';

/** The empty row, the heading and each field as label and value, each row `width` cells wide. */
export function recordCsvRows(record: AnswerRecord, width: number): string[][] {
  const rows = [
    [],
    [RECORD_HEADING],
    ...recordRows(record).map(({ label, value }) => [label, value]),
    ['Notice', record.notice],
  ];
  return rows.map((row) => [...row, ...Array<string>(Math.max(0, width - row.length)).fill('')]);
}

/** The file's name, with the reader's date and time of the check: goods-check-results-2026-12-02-1405.csv. */
export function csvFileName(record: AnswerRecord): string {
  const { iso } = localTime(record.checkedAt, record.timeZone);
  return `goods-check-results-${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}.csv`;
}
