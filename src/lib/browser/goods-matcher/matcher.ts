// The goods matcher: finds the goods categories a reader's words (a search, or a line of an
// invoice) name, and every other category that holds the same goods. Three ways in: the words
// people use (the categories' aliases), the HS headings whose everyday words they are, and the
// commodity codes themselves; then the codes bring in every rule that covers the same goods by
// code. Runs in the browser.
import { queryTerms, textTerms, type Term, type Word } from './text.ts';
import { spellingCorrector } from './spelling.ts';
import { readCodes } from './code-reader.ts';
import { createWordIndex, WEAK_TERMS, type WordDocument, type WordHit } from './word-search.ts';
import { chapterOf, codeCovers, codesOverlap, headingOf } from '../hs-codes.ts';
import { WAYS, direction, directionRank, readWay, type Way } from '../directions.ts';
import {
  goodsEntries,
  type GoodsEntry,
  type GoodsIndexFile,
  type IndexedGoods,
  type IndexedRule,
} from './index-file.ts';

export type {
  CodeCover,
  GoodsEntry,
  GoodsIndexFile,
  HsLabels,
  IndexedGoods,
  IndexedHeading,
  IndexedRule,
} from './index-file.ts';

/** A whole rule, as the index carries it: named when a reader's words are its own ("luxury goods"). */
export interface RuleEntry extends Omit<IndexedRule, 'shortName' | 'byCode'> {
  /** The goods words of its name and short name. */
  terms: Term[];
}

/** A code with what it holds: a heading's label or a chapter's title; none for a code the site does not list. */
export interface CodeLabel {
  code: string;
  label?: string;
}

/**
 * How a category was found: by the reader's words (its own aliases), by the everyday words of an
 * HS heading it holds, by a commodity code, or because another category found holds the same
 * goods and its codes fall in this category's rule's code scope.
 */
export type Finding = 'words' | 'heading' | 'code' | 'covered';

/** One category that the words name, with how strongly and why. */
export interface GoodsMatch {
  entry: GoodsEntry;
  score: number;
  /** The reader's words that named it (whole words or phrases, as typed); for a code, the code as typed. */
  matched: string[];
  found: Finding;
  /** The headings, chapters or codes that tie it to the reader's words. */
  codes: CodeLabel[];
  /**
   * For a category found through another: the category that brought it, and whether its rule
   * covers only some goods of that category (those of the codes listed), not all of them.
   */
  via?: { id: string; title: string; onlySome: boolean };
}

/** A commodity code read in the reader's words, with what the site knows of it. */
export interface CodeRead {
  code: string;
  /** As the reader wrote it ("HS 8703.23"). */
  text: string;
  /** Its heading, or its chapter for a chapter code (labelled by labels.ts, where the site lists it). */
  heading: CodeLabel;
  chapter: CodeLabel;
  /** Whether the site's nomenclature table lists its heading (or, for a chapter code, its chapter). */
  listed: boolean;
}

export interface Matches {
  /**
   * The categories the words name, the rules for the way the words give first (goods going to
   * North Korea when they give none), UK rules before North Korea's own; none when nothing names goods.
   */
  goods: GoodsMatch[];
  /** The way the words say the goods go ("coal from North Korea"), if they say. */
  way?: Way;
  /** Whole rules the words name, such as "luxury goods" or "dual-use goods". */
  rules: RuleEntry[];
  /** The commodity codes read in the words. */
  codes: CodeRead[];
}

export interface GoodsMatcher {
  match(text: string): Matches;
  /** Whether the text names goods in words, beside any codes it has ("8703.23" does not; "cars" does). */
  hasGoodsWords(text: string): boolean;
  entries: GoodsEntry[];
}

// A match must score at least this share of the best one, or match as many of the reader's words.
const SHOWN = 0.3;
const MAX_MATCHES = 8;
/** A heading's everyday words name its categories a little less surely than their own aliases. */
const HEADING_WEIGHT = 0.8;
/** Below a category whose own aliases matched the same words. */
const HEADING_BELOW = 0.95;
/** A category whose rule is not defined by code, found through a heading or code, below one whose rule is. */
const NOT_BY_CODE_WEIGHT = 0.9;
/** A category that holds only some goods of a code read ("chapter 85": the luxury ban's hi-fi). */
const PARTIAL_CODE_WEIGHT = 0.6;
/** Just above a category that the reader's words name only in part. */
const FULLER_WEIGHT = 1.01;
/** How long a word must be before a slip in it is put right into a heading's words. */
const LONG_WORD = 7;
/** A category found through another stands just below it. */
const COVERED_WEIGHT = 0.97;

/** The rules whose own name holds every goods word the reader typed, one of them more than "goods". */
function namedRules(rules: RuleEntry[], terms: ReturnType<typeof queryTerms>): RuleEntry[] {
  const typed = terms.filter((term) => !term.filler && term.covers.length === 1).map((term) => term.term);
  if (!typed.some((term) => !WEAK_TERMS.has(term))) return [];
  return rules.filter((rule) => typed.every((term) => rule.terms.includes(term)));
}

/**
 * The categories worth showing of those the words found, best first: those that score near the
 * best or match as many of the words, and the best of each goods word nothing else answers (a line
 * naming two goods, "trucks for the army", gets the best category of each, though one scores far
 * above the other).
 */
function strongest<T extends { score: number; covers: number; evidenceAt: Set<number> }>(results: T[]): T[] {
  const best = results[0];
  if (!best) return [];
  const shown = results.filter((result) => result.score >= best.score * SHOWN || result.covers >= best.covers);
  const answered = new Set(shown.flatMap((result) => [...result.evidenceAt]));
  for (const result of results)
    if (!shown.includes(result) && [...result.evidenceAt].some((at) => !answered.has(at))) {
      shown.push(result);
      for (const at of result.evidenceAt) answered.add(at);
    }
  return shown;
}

/**
 * A category's words: its names and aliases, and the aliases of the category that holds the same
 * goods under another rule (dual-use goods going to North Korea and coming from it), which the
 * file carries once.
 */
const categoryDocument = (item: IndexedGoods, goods: Map<string, IndexedGoods>): WordDocument => ({
  names: [item.title, item.name],
  aliases: item.sameGoodsAs ? [...item.aliases, ...goods.get(item.sameGoodsAs)!.aliases] : item.aliases,
});

/**
 * The documents of the word index: every category, then every heading, in the file's order. A
 * heading is found only by its everyday words, each matched as a whole ("rice cooker", not
 * "rice"), which the build has already made into terms.
 */
function wordDocuments(file: GoodsIndexFile): WordDocument[] {
  const byId = new Map(file.goods.map((item) => [item.id, item]));
  return [
    ...file.goods.map((item) => categoryDocument(item, byId)),
    ...file.headings.map(([, terms]) => ({ names: [], aliases: terms.split(','), asTerms: true })),
  ];
}

export function createMatcher(file: GoodsIndexFile): GoodsMatcher {
  const index = createWordIndex();
  index.add(wordDocuments(file));
  return assemble(index, file);
}

/**
 * The matcher without its word index, made at once: it answers text that names no goods in words
 * (codes alone: "8703.23", "HS 9306") exactly as the full matcher does, since such an answer comes
 * from the codes, never the index. A code search need not wait for the index to be built.
 */
export function createCodeMatcher(file: GoodsIndexFile): GoodsMatcher {
  return assemble(createWordIndex(), file);
}

/**
 * Lets the browser paint and handle input before the next step. Not setTimeout: a background
 * tab runs timers about once a second, which would hold a linked search opened there for seconds.
 */
function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * How long the browser indexes documents (categories or headings) before it lets the page paint
 * and answer input again, and at most how many: a category with hundreds of aliases takes longer
 * than a heading.
 */
const STEP_MS = 8;
const DOCUMENTS_PER_STEP = 40;

/**
 * The same matcher as createMatcher, built a few documents at a time with a pause between them,
 * so that building it never holds the browser's main thread for long: a page that searches as it
 * loads (a linked search) still paints and answers input while its index is being built.
 */
export async function createMatcherInSteps(
  file: GoodsIndexFile,
  pause: () => Promise<void> = yieldToBrowser,
): Promise<GoodsMatcher> {
  const index = createWordIndex();
  const documents = wordDocuments(file);
  for (let next = 0; next < documents.length;) {
    const started = performance.now();
    const last = Math.min(next + DOCUMENTS_PER_STEP, documents.length);
    while (next < last && performance.now() - started < STEP_MS) index.add([documents[next++]!]);
    await pause();
  }
  return assemble(index, file);
}

/** A category as the matcher weighs it before the answer is put in order. */
interface Candidate extends GoodsMatch {
  at: number;
  covers: number;
  evidenceAt: Set<number>;
}

/** The matcher over a word index that holds every category and heading of the file. */
function assemble(index: ReturnType<typeof createWordIndex>, file: GoodsIndexFile): GoodsMatcher {
  // Slips are put right into the categories' own words first; into the headings' thousands of
  // words only for long words ("sissors" → "scissors"), since short ones would turn into other
  // goods ("copies" into "copier"). A heading's word is known, so it is never "corrected" into a
  // category's ("carrier" into "Cartier").
  // Both vocabularies were gathered as the documents were added.
  const headingWords = index.vocabulary();
  const intoCategories = spellingCorrector(index.vocabulary(0, file.goods.length), headingWords);
  const intoHeadings = spellingCorrector(headingWords);
  const correct = (word: Word): Word => {
    const corrected = intoCategories(word);
    return corrected !== word || word.raw.length < LONG_WORD ? corrected : intoHeadings(word);
  };
  const rules: RuleEntry[] = file.rules.map(({ shortName, byCode: _byCode, ...rule }) => ({
    ...rule,
    terms: [...new Set([...textTerms(rule.name), ...textTerms(shortName)])],
  }));
  const entries = goodsEntries(file);
  const atOf = new Map(file.goods.map((item, at) => [item.id, at]));
  const rulesById = new Map(file.rules.map((rule) => [rule.id, rule]));
  const headings = new Set(file.headings.map(([code]) => code));
  const chapters = new Set(file.chapters);

  /** A code as its heading, or as its chapter for a chapter code: what a page labels it by. */
  const labelOf = (code: string): CodeLabel => ({ code: headingOf(code) ?? chapterOf(code) });

  /**
   * The categories the reader's words name, directly or through the everyday words of a heading.
   * A heading's words only add the categories that hold its goods: where a category's own aliases
   * matched the same words, those added rank just below it ("car": vehicles, then luxury cars).
   * Found by a heading, a category whose rule is defined by code (every motorbike is under the UN
   * ban) ranks above one whose rule is not (only luxury motorbikes are under the luxury ban).
   */
  function byWords(hits: WordHit[]): Candidate[] {
    const found = new Map<number, Candidate>();
    // The categories the words name themselves. One that they name more fully ranks above one
    // they name only in part: "Apple Watch" is a smartwatch before it is a watch.
    const direct = hits.filter((hit) => hit.at < file.goods.length);
    for (const hit of direct)
      found.set(hit.at, {
        at: hit.at,
        entry: entries[hit.at]!,
        score: hit.score,
        covers: hit.covers,
        matched: hit.matched,
        evidenceAt: hit.evidenceAt,
        found: 'words',
        codes: [],
      });
    const named = [...found.values()];
    for (const fuller of named)
      for (const partial of named)
        if (
          fuller.evidenceAt.size > partial.evidenceAt.size &&
          [...partial.evidenceAt].every((at) => fuller.evidenceAt.has(at)) &&
          fuller.score <= partial.score
        )
          fuller.score = partial.score * FULLER_WEIGHT;
    // Then those that hold the headings the words name, just below a category the same words name
    // themselves; a category whose rule is not defined by code below one whose rule is (every
    // motorbike is under the UN ban, only a luxury one under the luxury ban).
    for (const hit of hits) {
      if (hit.at < file.goods.length) continue;
      const [heading, , categories] = file.headings[hit.at - file.goods.length]!;
      const same = named.filter((other) => [...hit.evidenceAt].every((at) => other.evidenceAt.has(at)));
      const cap = same.length > 0 ? Math.max(...same.map((other) => other.score)) * HEADING_BELOW : Infinity;
      const base = Math.min(hit.score * HEADING_WEIGHT, cap);
      for (const at of categories) {
        const known = found.get(at);
        if (known) {
          // Found by its own words too: they decide its score; the first (best) heading is shown.
          if (known.codes.length === 0) known.codes.push({ code: heading });
          continue;
        }
        found.set(at, {
          at,
          entry: entries[at]!,
          score: entries[at]!.ruleByCode ? base : base * NOT_BY_CODE_WEIGHT,
          covers: hit.covers,
          matched: hit.matched,
          evidenceAt: hit.evidenceAt,
          found: 'heading',
          codes: [{ code: heading }],
        });
      }
    }
    return [...found.values()].sort((a, b) => b.score - a.score);
  }

  /** The categories whose goods share a code read in the reader's words, a category covering all of it first. */
  function byCode(read: CodeRead, score: number): Candidate[] {
    return file.goods.flatMap((item, at): Candidate[] => {
      const holds = item.hs.some((code) => codeCovers(code, read.code));
      if (!holds && !item.hs.some((code) => codesOverlap(code, read.code))) return [];
      return [
        {
          at,
          entry: entries[at]!,
          // A code that a rule covers in part, or a rule not defined by code, weighs less.
          score: score * (holds ? 1 : PARTIAL_CODE_WEIGHT) * (entries[at]!.ruleByCode ? 1 : NOT_BY_CODE_WEIGHT),
          covers: 0,
          matched: [read.text],
          evidenceAt: new Set(),
          found: 'code',
          codes: [read.heading],
        },
      ];
    });
  }

  const readCodesIn = (text: string) => readCodes(text, (heading) => headings.has(heading));

  return {
    entries,
    // A word is a filler or not as typed, corrected or not: no correction is needed to tell.
    hasGoodsWords: (text) => queryTerms(readCodesIn(text).rest).some((term) => !term.filler),
    match(text) {
      const way = readWay(text);
      const said = way ? { way } : {};
      const reading = readCodesIn(text);
      const codes: CodeRead[] = reading.codes.map(({ code, text: written }) => ({
        code,
        text: written,
        heading: labelOf(code),
        chapter: { code: chapterOf(code) },
        listed: code.length === 2 ? chapters.has(code) : headings.has(headingOf(code)!),
      }));
      const terms = queryTerms(reading.rest, correct);
      const hasWords = terms.some((term) => !term.filler);
      if (!hasWords && codes.length === 0) return { goods: [], rules: [], codes, ...said };

      const results = hasWords ? byWords(index.search(terms)) : [];
      // The categories of rules for each way are weighed among themselves: a North Korean licence
      // that names the goods more closely must not push the UK's import ban out of the answer, nor
      // an import ban the export ban on the same words ("diesel generators for the KPA").
      const shown = Object.keys(WAYS).flatMap((each) =>
        strongest(results.filter((result) => direction(result.entry.direction).way === each)),
      );
      // Goods the reader named that an HS heading holds are under every category holding that
      // heading, however the scores compare: "Bose headphones" are sound equipment (the luxury
      // ban) and, as HS 8518, electrical equipment under the UN ban.
      for (const result of results)
        if (
          result.codes.length > 0 &&
          !shown.includes(result) &&
          shown.some((other) => [...result.evidenceAt].every((at) => other.evidenceAt.has(at)))
        )
          shown.push(result);
      const shownAt = new Set(shown.map((result) => result.at));
      const add = (candidate: Candidate) => {
        if (shownAt.has(candidate.at)) return;
        shown.push(candidate);
        shownAt.add(candidate.at);
      };

      // A code is the law's own vocabulary: what it holds comes before what the words suggest, and
      // a category the words also named is shown as found by the code.
      const codeScore = Math.max(results[0]?.score ?? 0, 1) * 2;
      for (const read of codes)
        for (const candidate of byCode(read, codeScore)) {
          const known = shown.find((other) => other.at === candidate.at);
          if (known) Object.assign(known, { ...candidate, matched: [...candidate.matched, ...known.matched] });
          else add(candidate);
        }

      // Words may name goods as North Korea's import rules list them ("luxury goods" it licenses)
      // when a UK rule that no code defines also covers those goods (the record's alsoUnder). A
      // category of that rule which the same words matched, however weakly, is then shown too,
      // with its own score, so that the UK rule is not left out for falling below the line.
      for (const result of shown.filter((candidate) => direction(candidate.entry.direction).whose === 'north-korea'))
        for (const ruleId of file.goods[result.at]!.alsoUnder) {
          const named = results.find(
            (other) => other.entry.ruleId === ruleId && [...other.evidenceAt].some((at) => result.evidenceAt.has(at)),
          );
          if (named) add(named);
        }

      // Every other rule that covers a shown category's goods by code brings its category in: a
      // luxury car (HS 8703) is also a transportation vehicle under the UN ban (chapter 87). Found
      // by a code or a heading, a category brings it only if that code is one the rule covers
      // (silver cutlery is not base-metal cutlery). Found by words, it brings it as it is if the
      // rule covers all the category's goods; if only some of them, as a condition, shown just
      // after the category ("only goods of HS 7310 and 7612", the cans among packaging).
      const conditional = new Map<number, number>();
      for (let next = 0; next < shown.length; next++) {
        const from = shown[next]!;
        const byCodeOnly = from.found === 'code' || from.found === 'heading';
        // Into the other way's rules, a category found by its words whose goods the words also
        // place in a heading ("mobile phones": HS 8517) brings only those that cover that heading.
        const fromWay = direction(from.entry.direction).way;
        for (const cover of file.goods[from.at]!.coveredBy) {
          const placed =
            byCodeOnly || (from.codes.length > 0 && direction(rulesById.get(cover.ruleId)!.direction).way !== fromWay);
          if (placed && !from.codes.some((label) => cover.codes.some((code) => codesOverlap(code, label.code))))
            continue;
          const onlySome = !byCodeOnly && !cover.whole;
          for (const id of cover.categoryIds) {
            const at = atOf.get(id)!;
            if (shownAt.has(at)) continue;
            add({
              at,
              entry: entries[at]!,
              score: from.score * COVERED_WEIGHT,
              covers: from.covers,
              matched: from.matched,
              evidenceAt: from.evidenceAt,
              found: 'covered',
              codes: [...new Map(cover.codes.map(labelOf).map((label) => [label.code, label])).values()],
              via: { id: from.entry.id, title: from.entry.title, onlySome },
            });
            if (onlySome) conditional.set(at, from.at);
          }
        }
      }

      // Where the words give a way, goods found under the other way's rules are looked for under
      // this way's too, by their codes: "padded jackets, origin DPRK" are clothes (HS 61 and 62)
      // under the luxury export ban, and textiles under the UN's ban on buying them from North Korea.
      if (way)
        for (const from of [...shown]) {
          if (from.found === 'covered' || direction(from.entry.direction).way === way) continue;
          const held = from.codes.length > 0 ? from.codes.map((label) => label.code) : file.goods[from.at]!.hs;
          file.goods.forEach((item, at) => {
            if (shownAt.has(at) || direction(entries[at]!.direction).way !== way) return;
            const shared = item.hs.filter((code) => held.some((other) => codesOverlap(code, other)));
            if (shared.length === 0) return;
            add({
              at,
              entry: entries[at]!,
              score: from.score * COVERED_WEIGHT,
              covers: from.covers,
              matched: from.matched,
              evidenceAt: from.evidenceAt,
              found: 'covered',
              codes: shared.map(labelOf),
              via: { id: from.entry.id, title: from.entry.title, onlySome: false },
            });
          });
        }

      // The rules for the way the words give first (goods going to North Korea when they give
      // none), and within a way the UK's rules before North Korea's own: a reader must never see a
      // North Korean licence above a UK ban on the same goods. A rule that covers only some goods
      // of a category follows that category.
      const rank = (result: Candidate) => directionRank(result.entry.direction, way);
      // Within a kind of rule, a category found by the words comes before one brought in only by
      // the codes of a category under the other way's rules.
      const crossed = (result: Candidate) =>
        result.via !== undefined &&
        direction(entries[atOf.get(result.via.id)!]!.direction).way !== direction(result.entry.direction).way
          ? 1
          : 0;
      const ordered = shown
        .filter((result) => !conditional.has(result.at))
        .sort((a, b) => rank(a) - rank(b) || crossed(a) - crossed(b) || b.score - a.score);
      for (const [at, after] of conditional) {
        const result = shown.find((candidate) => candidate.at === at)!;
        // Just after the category it covers in part, unless that comes before its kind of rule: then last of its kind.
        const parent = ordered.findIndex((candidate) => candidate.at === after);
        const place =
          parent >= 0 && rank(ordered[parent]!) >= rank(result)
            ? parent + 1
            : ordered.filter((candidate) => rank(candidate) <= rank(result)).length;
        ordered.splice(place, 0, result);
      }
      const goods = ordered.slice(0, MAX_MATCHES).map(({ entry, score, matched, found, codes: labels, via }) => ({
        entry,
        score,
        matched,
        found,
        codes: labels,
        ...(via ? { via } : {}),
      }));
      return { goods, rules: hasWords ? namedRules(rules, terms) : [], codes, ...said };
    },
  };
}
