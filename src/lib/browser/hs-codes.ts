// Commodity codes (the Harmonized System's chapters, headings and subheadings, and the national
// codes built on them): how they relate, how they are written, and where the UK Trade Tariff shows
// them. Runs in the browser and at build time: no Node modules, no zod.

/** Whether every good of `inner` is also under `outer` ("87" covers "8703" and "870323"). */
export const codeCovers = (outer: string, inner: string) => inner.startsWith(outer);

/** Whether two codes share goods: one covers the other ("8703" and "87", or "870323" and "8703"). */
export const codesOverlap = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

export const chapterOf = (code: string) => code.slice(0, 2);

/** The heading of a code of four digits or more; a chapter has none. */
export const headingOf = (code: string) => (code.length >= 4 ? code.slice(0, 4) : undefined);

/**
 * A code as traders read it: a chapter as "87", a heading "8703", longer codes in pairs after the
 * heading ("8703.23", "8703.23.19.90"), as the UK Trade Tariff and invoices write them.
 */
export function formatCode(code: string): string {
  if (code.length <= 4) return code;
  return [code.slice(0, 4), ...(code.slice(4).match(/\d{1,2}/g) ?? [])].join('.');
}

/** "HS 8703" for one code; "HS 72 to 83" style ranges are left to the caller. */
export const hsLabel = (code: string) => (code.length === 2 ? `HS chapter ${code}` : `HS ${formatCode(code)}`);

const TARIFF = 'https://www.trade-tariff.service.gov.uk';
/** The Trade Tariff's filter that shows the measures for one country: North Korea's code is KP. */
const NORTH_KOREA = '?country=KP';

/**
 * The code's page in the UK Trade Tariff, showing the measures for North Korea: a chapter, a
 * heading, or a 10-digit commodity. A subheading of 6 or 8 digits is addressed there by a 10-digit
 * code and a suffix that the code alone does not give, so it leads to its heading.
 */
export function tariffUrl(code: string): string {
  if (code.length === 2) return `${TARIFF}/chapters/${code}${NORTH_KOREA}`;
  if (code.length === 10) return `${TARIFF}/commodities/${code}${NORTH_KOREA}`;
  return `${TARIFF}/headings/${code.slice(0, 4)}${NORTH_KOREA}`;
}
