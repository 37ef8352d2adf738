// Reads a list of goods from a file the reader chooses: a text file (one item per line) or a CSV
// file (a packing list or an invoice export), whose description column they pick. Runs in the
// browser; the file never leaves it. Papa Parse loads only when someone chooses a file.
import Papa from 'papaparse';

/** Larger files are refused: a list of 1,000 lines is a few hundred kilobytes at most. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface ListFile {
  /** The column names (the first row); a text file has one column and no names. */
  columns: string[];
  /** The rows under the names, each with one cell per column. */
  rows: string[][];
}

/** Why a file cannot be read, in words for the reader; none when it can. */
export function fileProblem(name: string, size: number): string | undefined {
  if (!/\.(csv|txt)$/i.test(name)) return 'The selected file must be a CSV file (.csv) or a text file (.txt)';
  if (size === 0) return 'The selected file is empty';
  if (size > MAX_FILE_BYTES) return 'The selected file must be smaller than 5 MB';
  return undefined;
}

/** Reads a chosen file's text: a .txt file as lines, a .csv file as rows under a header row. */
export function readListFile(name: string, text: string): ListFile {
  const body = text.replace(/^\uFEFF/, '');
  if (/\.txt$/i.test(name)) return { columns: [], rows: body.split(/\r\n|\r|\n/).map((line) => [line]) };
  const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy' });
  const [columns = [], ...rows] = parsed.data;
  return { columns: columns.map((column) => column.trim()), rows };
}

/** Column names that hold the goods' description, strongest first: "Description", "Goods", "Item". */
const DESCRIPTION_NAMES = [/descr/i, /goods/i, /product|item|article|commodity/i, /name|detail/i];
/** Names of columns beside it: "Item no", "Product code", "Quantity". */
const OTHER_NAMES = /\b(no|nr|number|code|ref|reference|qty|quantity|sku|id|price|value|weight|hs)\b|#/i;

/**
 * The column a list's goods are most likely in: the first whose name says so ("Description",
 * "Goods description", "Item"), else the one with the most letters in it.
 */
export function descriptionColumn(file: ListFile): number {
  for (const pattern of DESCRIPTION_NAMES) {
    const named = file.columns.findIndex((column) => pattern.test(column) && !OTHER_NAMES.test(column));
    if (named >= 0) return named;
  }
  const letters = file.columns.map((_, index) =>
    file.rows.reduce((sum, row) => sum + (row[index]?.match(/\p{L}/gu)?.length ?? 0), 0),
  );
  return Math.max(letters.indexOf(Math.max(...letters, 0)), 0);
}

/** Column names that hold commodity codes: "HS code", "Commodity code", "Tariff code", "CN code". */
const CODE_NAMES = /\b(hs|hts|cn|commodity|tariff|customs)\b/i;
/** A cell that holds a commodity code as invoices write it: "8703.23", "8703 23 19 90", "870323". */
const CODE_CELL = /^\d{4}(?:[. ]?\d{2}){0,3}$/;

/**
 * The column a list's commodity codes are most likely in: one whose name says so and most of
 * whose filled cells are codes; none when no column is.
 */
export function codeColumn(file: ListFile): number | undefined {
  const index = file.columns.findIndex((column, at) => {
    if (!CODE_NAMES.test(column)) return false;
    const cells = file.rows.map((row) => (row[at] ?? '').trim()).filter(Boolean);
    return cells.length > 0 && cells.filter((cell) => CODE_CELL.test(cell)).length >= cells.length / 2;
  });
  return index >= 0 ? index : undefined;
}

const oneLine = (cell: string | undefined) => (cell ?? '').replace(/\s*[\r\n]+\s*/g, ' ').trim();

/**
 * One column's cells as a list, one per line (a line break inside a cell becomes a space); with a
 * code column, each line's code follows its goods as "HS 8703.23", so that it is read as a code.
 */
export function columnText(file: ListFile, index: number, codeIndex?: number): string {
  return file.rows
    .map((row) => {
      const code = codeIndex === undefined ? '' : oneLine(row[codeIndex]);
      return [oneLine(row[index]), code && `HS ${code}`].filter(Boolean).join(' ');
    })
    .join('\n');
}
