import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Page } from 'playwright-core';

/** The list checker's CSV as a spreadsheet reads it: the table (header first), then the record. */
export interface CheckCsv {
  name: string;
  /** The raw text, byte-order mark and all. */
  text: string;
  /** The header and one row per line: every row up to the first empty one. */
  table: string[][];
  /** The rows after the empty row: the record's heading, then label and value. */
  record: string[][];
}

/**
 * Reads the CSV strictly (csv-parse, not the Papa Parse that wrote it): every row must have as
 * many cells as the header, or the parse fails. The table ends at the first empty row.
 */
export function readCheckCsv(name: string, text: string): CheckCsv {
  const rows = parseCsv(text, { bom: true, relax_column_count: false }) as string[][];
  const end = rows.findIndex((row) => row.every((cell) => cell === ''));
  return {
    name,
    text,
    table: end === -1 ? rows : rows.slice(0, end),
    record: end === -1 ? [] : rows.slice(end + 1),
  };
}

/** Presses "Download results (CSV)" and reads the file the browser saves. */
export async function downloadCheckCsv(page: Page): Promise<CheckCsv> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download results (CSV)' }).click(),
  ]);
  return readCheckCsv(download.suggestedFilename(), readFileSync((await download.path())!, 'utf8'));
}
