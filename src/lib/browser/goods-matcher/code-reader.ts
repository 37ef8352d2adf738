// Reads commodity codes in a reader's words or an invoice line ("8703.23", "HS 9306", "commodity
// code 8471 30 00", "chapter 87"), and tells them from the other numbers a line has: quantities,
// sizes, years, prices and model numbers. Runs in the browser: no Node modules, no zod.
//
// How a number is told to be a code:
// 1. A code word before it says so ("HS", "HS code", "HTS", "CN code", "commodity code", "tariff
//    code", "customs code", "heading", "chapter"): any well-formed code is read, known or not.
// 2. Without one, only a code's own shape is read: dotted ("8703.23", "8703.23.19"), in spaced
//    pairs after the heading ("8703 23 19 90"), or 6, 8 or 10 digits run together ("870323"), or
//    the HS's own notation for a heading when it is all the reader typed ("84.71") —
//    and only when its first four digits are a heading the site knows. A bare four-digit number is
//    read only when it is all the reader typed ("8703") or leads the line set off by a dash, colon
//    or bar ("8301 - padlocks"), never elsewhere in a line, where it is far more often a quantity,
//    a year or a model.
// 3. Never a code: a number joined to letters or hyphens (a model number: "WH-1000XM4",
//    "116610LN"), one after a currency sign or before a unit ("8703 pcs", "1200 kg"), one after a
//    word that names another kind of number ("model", "ref", "order", "invoice", "serial", "part
//    no"), and a run of digits of any other length.

/** A code found in the text: its digits, and the words it was written as. */
export interface ReadCode {
  code: string;
  text: string;
}

export interface CodeReading {
  codes: ReadCode[];
  /** The text without the codes and the words that introduced them, for the goods words to be read. */
  rest: string;
}

// Code words, longest first: "HS code" before "HS". "code" alone is not one: "postcode", "code 4".
const CODE_WORDS =
  '(?:h\\.?s\\.?|hts|cn|commodity|tariff|customs|harmoni[sz]ed(?:\\s+system)?)(?:\\s+(?:tariff\\s+)?(?:code|no\\.?|number|heading|classification))?|(?:sub)?heading';
// Digits as codes are written: a heading (or a run of 2 to 10 digits) and then pairs or fours,
// each set off by one dot or space ("8703.23.19", "8703 23 19 90", "87.03").
const DIGITS = '\\d{2,10}(?:[. ]\\d{2}(?!\\d)|[. ]\\d{4}(?!\\d))*';
const MARKED = new RegExp(`\\b(?:${CODE_WORDS})\\s*[:#.]?\\s*(${DIGITS})`, 'gi');
const CHAPTER = /\b(?:(?:hs|h\.s\.)\s*)?(?:chapter|ch\.)\s*[:#]?\s*(\d{1,2})(?![\d.,])/gi;
const SHAPED = new RegExp(`(^|[^\\w£$€¥.,/-])(${DIGITS})(?![\\w£$€¥%/-]|[.,]\\d)`, 'gi');

/** Words after which a number is a quantity, a measure or a price, not a code. */
const UNIT_AFTER =
  /^\s*(?:x\b|gbp\b|usd\b|eur\b|pcs?\b|pieces?\b|units?\b|items?\b|sets?\b|pairs?\b|boxes\b|cartons?\b|bottles?\b|kg\b|g\b|grams?\b|tonnes?\b|tons?\b|t\b|l\b|litres?\b|liters?\b|ml\b|m\b|mm\b|cm\b|km\b|inch(?:es)?\b|in\b|ft\b|lbs?\b|oz\b|w\b|kw\b|v\b|gb\b|tb\b|mah\b|hp\b|cc\b|%)/i;
/** Words before a number that say it is some other number. */
const OTHER_NUMBER_BEFORE =
  /\b(?:model|mod|ref|price|total|value|cost|amount|gbp|usd|eur|reference|order|po|invoice|inv|serial|sn|s\/n|part(?:\s*no)?|sku|item\s*no|art(?:icle)?\s*no|no|qty|quantity|year|lot|batch|tel|phone|x)\.?\s*[:#]?\s*$/i;

/** Chapters 01 to 97; 77 is kept empty. */
const isChapter = (chapter: string) => chapter >= '01' && chapter <= '97' && chapter !== '77';

/** The code's digits, if its written form is one: 2 to 10 digits in all, an even number (HS codes pair up). */
function digitsOf(written: string): string | undefined {
  const digits = written.replace(/[. ]/g, '');
  return digits.length >= 2 && digits.length <= 10 && digits.length % 2 === 0 ? digits : undefined;
}

/**
 * The written code without a last part that is really a quantity ("HS 8703 24 bottles" → "8703"),
 * or none if even its first part is one ("8703 pcs").
 */
function beforeQuantity(written: string, after: string): string | undefined {
  let code = written;
  let rest = after;
  while (UNIT_AFTER.test(rest)) {
    const cut = /^(.*\d)[. ]\d+$/.exec(code);
    if (!cut) return undefined;
    rest = code.slice(cut[1]!.length) + rest;
    code = cut[1]!;
  }
  return code;
}

export function readCodes(text: string, isKnownHeading: (heading: string) => boolean): CodeReading {
  const found: Array<{ start: number; end: number; code: string; text: string }> = [];
  const taken = (start: number, end: number) => found.some((item) => start < item.end && end > item.start);
  const add = (start: number, end: number, code: string) => {
    if (!taken(start, end)) found.push({ start, end, code, text: text.slice(start, end).trim() });
  };

  for (const match of text.matchAll(CHAPTER)) {
    add(match.index, match.index + match[0].length, match[1]!.padStart(2, '0'));
  }
  for (const match of text.matchAll(MARKED)) {
    const start = match.index + match[0].length - match[1]!.length;
    const written = beforeQuantity(match[1]!, text.slice(start + match[1]!.length));
    const code = written && digitsOf(written);
    if (code) add(match.index, start + written.length, code);
  }
  for (const match of text.matchAll(SHAPED)) {
    const start = match.index + match[1]!.length;
    const written = beforeQuantity(match[2]!, text.slice(start + match[2]!.length));
    if (!written) continue;
    const end = start + written.length;
    const code = digitsOf(written);
    if (!code || code.length < 4 || taken(start, end)) continue;
    const grouped = /[. ]/.test(written);
    const whole = text.trim() === written;
    // A spaced or dotted run starts with a heading ("8703 23", not "87 0323"); the HS's own way of
    // writing a heading ("84.71") is read only when it is all the reader typed.
    if (/^\d{2}\.\d{2}$/.test(written) ? !whole : grouped && !/^\d{4}(?:[. ]|$)/.test(written)) continue;
    // Four digits are a code only when they are all the reader typed, or lead the line set off
    // by a dash, colon or bar ("8301 - padlocks"), as a list of codes and names is written.
    const leads = !text.slice(0, start).trim() && /^\s*[-–—:|]/.test(text.slice(end));
    if (code.length === 4 && !grouped && !whole && !leads) continue;
    // A code the site does not list is read only when it is all the reader typed ("4901"): alone,
    // digits in a code's shape can only be meant as one. In a line, they must be a known heading.
    if (!isKnownHeading(code.slice(0, 4)) && !(whole && isChapter(code.slice(0, 2)))) continue;
    if (OTHER_NUMBER_BEFORE.test(text.slice(0, start))) continue;
    add(start, end, code);
  }

  found.sort((a, b) => a.start - b.start);
  let rest = '';
  let from = 0;
  for (const item of found) {
    rest += `${text.slice(from, item.start)} `;
    from = item.end;
  }
  rest += text.slice(from);
  return { codes: found.map(({ code, text: written }) => ({ code, text: written })), rest };
}
