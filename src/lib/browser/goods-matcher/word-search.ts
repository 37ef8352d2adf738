// The word half of the goods matcher: MiniSearch (BM25 over two weighted fields) indexes the
// categories and the HS headings, and this module decides which of the reader's terms to look up
// and which matches count as evidence. Runs in the browser.
import MiniSearch, { type SearchResult } from 'minisearch';
import { goodsWordCount, words, type QueryTerm, type Term } from './text.ts';

/** A document of the index: a category's or a heading's names, and the words people use for its goods. */
export interface WordDocument {
  /** The names: a category's everyday name and legal wording, or a heading's label. */
  names: string[];
  /** Everyday words and product names, each matched only as a whole ("fur coat"). */
  aliases: string[];
  /** The aliases are already terms, their words apart ("babi buggi"), as a heading's are. */
  asTerms?: boolean;
}

/** The indexed text of one document, already turned into terms (space-separated). */
interface IndexedFields {
  names: string;
  aliases: string;
}

const FIELDS = ['names', 'aliases'] as const;
const FIELD_BOOST = { names: 2, aliases: 3 };
/** Terms are made before MiniSearch sees them (text.ts); it only splits on the spaces between. */
const TERMS_AS_GIVEN = {
  tokenize: (text: string) => text.split(' ').filter(Boolean),
  processTerm: (term: string) => term,
};
const MINISEARCH_OPTIONS = { fields: [...FIELDS], ...TERMS_AS_GIVEN, searchOptions: TERMS_AS_GIVEN };
const FILLER_BOOST = 0.25;

/**
 * Words so general that a name having them says nothing ("high quality", "equipment", "goods",
 * and the nomenclature's "parts", "other", "articles"): they add to a score but are not evidence
 * that a category or a heading is meant.
 */
export const WEAK_TERMS = new Set(
  [
    'high',
    'qualiti',
    'end',
    'equip',
    'good',
    'item',
    'product',
    'articl',
    'part',
    'other',
    'made',
    'use',
    'domest',
  ].concat([
    'all',
    'type',
    'kind',
    'materi',
    'devic',
    'system',
    'machin',
    'servic',
    'accessori',
    'relat',
    'certain',
    'oil',
    'gas',
    'liquid',
    'natur',
    'ban',
    'apparatu',
    'applianc',
    'similar',
    'base',
    // A jet is an aircraft, an engine, a jet ski or the fuel: only a phrase says which.
    'jet',
  ]),
);

/** One document the reader's words matched, with the evidence for it. */
export interface WordHit {
  /** Its place in the documents given to the index. */
  at: number;
  score: number;
  /** How many of the reader's goods words it covers. */
  covers: number;
  /** The reader's words (as typed) that are evidence for it. */
  matched: string[];
  /** The positions of the reader's goods words that are evidence for it. */
  evidenceAt: Set<number>;
}

/**
 * The reader's words that show the document is meant: a goods word or phrase (not a filler, not a
 * word as general as "equipment") found in its names or aliases.
 */
function evidence(result: SearchResult, byTerm: Map<Term, QueryTerm>): QueryTerm[] {
  return Object.entries(result.match).flatMap(([term, fields]) => {
    const typed = byTerm.get(term);
    return typed && !typed.filler && !WEAK_TERMS.has(term) && fields.length > 0 ? [typed] : [];
  });
}

/** Which of the reader's goods words (by position) the document matched; a phrase covers all its words. */
function covered(result: SearchResult, byTerm: Map<Term, QueryTerm>): Set<number> {
  return new Set(result.queryTerms.flatMap((term) => byTerm.get(term)?.covers ?? []));
}

/** A vocabulary pair: a word as written (lower case) and its term. */
type Known = readonly [raw: string, term: Term];

/**
 * A document's fields, already terms, and the words a misspelling may become: each text is made
 * into words once, for both.
 */
function indexed(document: WordDocument): { fields: IndexedFields; known: Known[] } {
  const known: Known[] = [];
  const wordsOf = (text: string) => {
    const all = words(text);
    for (const word of all) if (!word.filler) known.push([word.raw, word.term]);
    return all;
  };
  const names = document.names.flatMap((name) =>
    wordsOf(name)
      .filter((word) => !word.filler)
      .map((word) => word.term),
  );
  const aliases = document.aliases.map((alias) => {
    // Terms made already are known as they are (a filler among them was left out when they were made).
    if (!document.asTerms)
      return wordsOf(alias)
        .map((word) => word.term)
        .join('');
    for (const term of alias.split(' ')) known.push([term, term]);
    return alias.replaceAll(' ', '');
  });
  return { fields: { names: names.join(' '), aliases: aliases.filter(Boolean).join(' ') }, known };
}

/** Each pair once: one spelling can stand for two terms ("aftershave" as one word, and "after-shave" made into one). */
function distinct(pairs: Known[]): Known[] {
  return [...new Map(pairs.map((pair) => [`${pair[0]} ${pair[1]}`, pair])).values()];
}

/** Every goods word of the names and aliases, as written and as a term: what a misspelling may become. */
export function vocabulary(documents: WordDocument[]): Known[] {
  return distinct(documents.flatMap((document) => indexed(document).known));
}

export interface WordIndex {
  /** Adds documents; each is known by its place in the order they were added. */
  add(documents: WordDocument[]): void;
  /** The vocabulary of the documents added, from place `from` up to (not including) `to`. */
  vocabulary(from?: number, to?: number): Known[];
  /** The documents the terms name, best first, each with its evidence; none without evidence. */
  search(terms: QueryTerm[]): WordHit[];
}

export function createWordIndex(): WordIndex {
  const index = new MiniSearch<IndexedFields & { id: number }>(MINISEARCH_OPTIONS);
  // Each document's vocabulary, by its place, and all of it once, gathered as documents are added
  // (not in one long task when the last is in).
  const known: Known[][] = [];
  const all = new Map<string, Known>();
  return {
    add(documents) {
      for (const document of documents) {
        const { fields, known: pairs } = indexed(document);
        index.add({ id: known.length, ...fields });
        known.push(pairs);
        for (const pair of pairs) all.set(`${pair[0]} ${pair[1]}`, pair);
      }
    },
    vocabulary(from, to) {
      return from === undefined && to === undefined ? [...all.values()] : distinct(known.slice(from, to).flat());
    },
    search(terms) {
      const byTerm = new Map(terms.map((term) => [term.term, term]));
      const total = goodsWordCount(terms);
      return index
        .search(terms.map((term) => term.term).join(' '), {
          boost: FIELD_BOOST,
          // A phrase is worth more than its words apart; a filler word much less than a goods word.
          boostTerm: (term) => {
            const entry = byTerm.get(term);
            return entry?.filler ? FILLER_BOOST : 1 + 0.5 * ((entry?.covers.length ?? 1) - 1);
          },
        })
        .map((result) => {
          const words = covered(result, byTerm);
          const found = evidence(result, byTerm);
          return {
            at: result.id as number,
            covers: words.size,
            score: result.score * (0.4 + (0.6 * words.size) / Math.max(total, 1)),
            matched: found.map((term) => term.text),
            evidenceAt: new Set(found.flatMap((term) => term.covers)),
          };
        })
        .filter((hit) => hit.matched.length > 0)
        .sort((a, b) => b.score - a.score);
    },
  };
}
