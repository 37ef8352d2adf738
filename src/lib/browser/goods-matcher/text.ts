// How goods words become index terms. The same steps run when the index is built and when a
// reader's words are matched, so that "Fur coats", "fur-coat" and "fur coat" meet on one term.
// Runs in the browser: no Node modules, no zod.
import { stemmer } from 'stemmer';

/** A word as the matcher compares it: lower case, no accents, stemmed ("watches" → "watch"). */
export type Term = string;

/** Words that join other words and never name goods: dropped everywhere. */
const JOINING_WORDS = new Set('a an and the of for with in on to from by or at as per into its their'.split(' '));

/**
 * Words that say how much, in what, in which condition or what someone wants to do ("24 bottles
 * of", "case of", "second hand", "pack of 4", "export to North Korea"), not which goods. They can
 * still be goods ("plastic bottles"), so they stay terms, but they neither make phrases nor, on
 * their own, show that a category is meant.
 */
const FILLER_WORDS = new Set(
  [
    // containers and packs
    'bottle bottles case cases box boxes pack packs packet packets crate crates carton cartons tin tins can cans',
    'jar jars sack sacks barrel barrels drum drums roll rolls bundle bundles pallet pallets container containers',
    // counts
    'pair pairs set sets lot lots piece pieces pcs pc unit units item items dozen assorted various mixed sample samples',
    // condition
    'used second hand secondhand preowned pre owned new brand refurbished reconditioned genuine original boxed',
    'spare replacement',
    // invoice wording and colours
    'x qty quantity ref reference model no size colour color black white red blue green grey gray pink',
    // the words of a commodity code ("HS code", "commodity code", "tariff heading", "chapter")
    'hs hts code codes commodity tariff customs heading subheading chapter chapters classification',
    // what the reader wants to do, and where
    'send sending sent export exporting exports shipping shipment sell selling supply supplying deliver',
    'import importing buy can i we my our some any allowed banned',
    'north korea korean dprk pyongyang uk britain british',
    // where the goods come from: the way they go, not which goods they are
    'origin originating consigned imported importer made manufactured produced kp prk shipper builder loading shipped via',
    'nampo nampho chongjin wonsan hungnam rajin rason sinuiju haeju songrim',
  ].flatMap((line) => line.split(' ')),
);

/**
 * What goods come in, when a measure goes before it: "25kg bags", "500mg tablets", "250ml tubes".
 * After a measure these words say how the goods are packed or dosed, not which goods they are;
 * anywhere else they may be goods ("designer bags", "tablets" for iPads), so only there are they
 * fillers.
 */
const PACK_FORMS = new Set(
  'bag bags sack sacks tablet tablets capsule capsules sachet sachets tube tubes pouch pouches'.split(' '),
);

/** Units of measure, as written after a number: "70cl", "2 kg", "200 litres", "32 inch". */
const UNITS =
  'ml|cl|dl|l|ltr|litres?|liters?|kg|g|gr|grams?|mg|lbs?|oz|t|tonnes?|tons?|m|cm|mm|km|in|inch(es)?|ft|pk|pcs?|bbl|w|kw|v|gb|tb|mb|hz|mhz|ghz|yrs?|years?';

/** A quantity or unit: "70cl", "1.5", "24x", "x24", "500g", "2kg", "12pk", "16gb". */
const QUANTITY = new RegExp(`^(\\d+([.,]\\d+)*(x|${UNITS})?|x\\d+)$`);
/** A number alone ("25", "2.5"), which a unit may follow as a word of its own ("25 kg"). */
const NUMBER = /^\d+([.,]\d+)*$/;
/** A unit written apart from its number. */
const UNIT = new RegExp(`^(${UNITS})$`);
/** A quantity with a unit of measure ("25kg", "500mg", "70cl"), not a bare count ("24") or "24x". */
const MEASURE = new RegExp(`^\\d+([.,]\\d+)*(${UNITS})$`);

/** Strips accents and unifies apostrophes and dashes: "Hermès" → "hermes", "e–waste" → "e-waste". */
function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[×]/g, 'x')
    .replace(/[‐‑‒–—]/g, '-');
}

export interface Word {
  /** The stemmed term ("hi-fi" → "hifi", "watches" → "watch"). */
  term: Term;
  /** The word as written, lower case, hyphens dropped: for the spelling corrector. */
  raw: string;
  /** A filler word or a reference number ("5711/1a", "x1"): not, on its own, a name of goods. */
  filler: boolean;
  /** The known word a misspelt word was taken for ("cavair" → "caviar"). */
  corrected?: string;
}

// Short words are left as they are: stemming "gas" to "ga" only makes it collide with others.
const stem = (word: string): Term => (word.length > 3 ? stemmer(word) : word);

/**
 * An invoice's labels for where goods are loaded and landed ("port of loading: Nampo"): a place,
 * not goods; left out before a "port" is read as port wine.
 */
const PLACE_LABELS = /\b(?:ports?\s+of\s+(?:loading|discharge|entry|shipment|destination|origin)|loading\s+port)\b/g;

/** The words of a text, stemmed, quantities and joining words left out. */
export function words(text: string): Word[] {
  const result: Word[] = [];
  let afterMeasure = false;
  let afterNumber = false;
  for (const token of plain(text)
    .replace(PLACE_LABELS, ' ')
    .split(/[^a-z0-9'&+./-]+/)) {
    // "Chanel's" → "chanel"; trailing punctuation goes; "5711/1a" stays one (reference) word.
    const cleaned = token
      .replace(/'s$/, '')
      .replace(/'/g, '')
      .replace(/^[-+&./]+|[-+&./]+$/g, '');
    if (!cleaned) continue;
    const measure = afterMeasure;
    // "25kg" is a measure, and so is "25 kg": the unit after a number is part of the quantity.
    const unit = afterNumber && UNIT.test(cleaned);
    afterMeasure = MEASURE.test(cleaned) || unit;
    afterNumber = NUMBER.test(cleaned);
    if (unit || JOINING_WORDS.has(cleaned) || QUANTITY.test(cleaned)) continue;
    const parts = cleaned.split(/[-+&./]+/).filter(Boolean);
    if (parts.every((part) => JOINING_WORDS.has(part))) continue;
    const raw = parts.join('');
    result.push({
      term: parts.map(stem).join(''),
      raw,
      filler: /\d/.test(raw) || FILLER_WORDS.has(raw) || (measure && PACK_FORMS.has(raw)),
    });
  }
  return result;
}

/** One term of a reader's words, with what it is worth. */
export interface QueryTerm {
  term: Term;
  /** Filler words and reference numbers: looked up, but not evidence on their own. */
  filler: boolean;
  /** The goods words it stands for, by position: one, or two or three for a phrase ("gas oil" → "gasoil"). */
  covers: number[];
  /** The reader's own words it stands for, as typed (lower case): what the page says was matched. */
  text: string;
}

/**
 * The terms a reader's words are looked up by: each word, and each run of two or three
 * neighbouring goods words as a phrase, so that an alias of several words ("gas oil", "fur coat")
 * matches only when all its words are there, in order, whatever fillers stand between them.
 * `correct` may replace a misspelt word's term with a known one.
 */
export function queryTerms(text: string, correct: (word: Word) => Word = (word) => word): QueryTerm[] {
  const all = words(text).map(correct);
  let position = 0;
  const placed = all.map((word) => ({ word, position: word.filler ? -1 : position++ }));
  const terms: QueryTerm[] = placed
    .filter(({ word }) => word.filler)
    .map(({ word }) => ({ term: word.term, filler: true, covers: [], text: word.raw }));
  // Phrases of neighbouring words: of the goods words alone ("bottles of red wine" → "redwine"),
  // and of every word, for aliases that have a filler in them ("tea set", "plastic bags").
  // (Reference numbers and single letters, such as the "x" of "24 x", never join a phrase.)
  const wordsOnly = placed.filter(({ word }) => word.raw.length > 1 && !/\d/.test(word.raw));
  for (const run of [placed.filter(({ word }) => !word.filler), wordsOnly]) {
    for (let size = 1; size <= 3; size++) {
      for (let start = 0; start + size <= run.length; start++) {
        const part = run.slice(start, start + size);
        const covers = part.map((entry) => entry.position).filter((index) => index >= 0);
        if (covers.length === 0) continue;
        terms.push({
          term: part.map(({ word }) => word.term).join(''),
          filler: false,
          covers,
          text: part.map(({ word }) => (word.corrected ? `${word.raw} (${word.corrected})` : word.raw)).join(' '),
        });
      }
    }
  }
  // One term once ("wine, red wine" is no stronger than "wine"), keeping every word it covers.
  const byTerm = new Map<Term, QueryTerm>();
  for (const entry of terms) {
    const known = byTerm.get(entry.term);
    if (!known) byTerm.set(entry.term, entry);
    else known.covers = [...new Set([...known.covers, ...entry.covers])];
  }
  return [...byTerm.values()];
}

/** How many goods words (not fillers) the reader's text has. */
export const goodsWordCount = (terms: QueryTerm[]) => new Set(terms.flatMap((entry) => entry.covers)).size;

/**
 * The one index term of a name or alias, made the way `queryTerms` makes phrases: "Fur coats" →
 * "furcoat", "tea set" → "teaset".
 */
export function aliasTerm(alias: string): Term | undefined {
  const all = words(alias);
  return all.length > 0 ? all.map((word) => word.term).join('') : undefined;
}

/** Every goods word of a text as terms: for names, descriptions and the wording of rules. */
export function textTerms(text: string): Term[] {
  return words(text)
    .filter((word) => !word.filler)
    .map((word) => word.term);
}
