// The goods matcher: finds the goods categories a reader's words (a search, or a line of an
// invoice) name. MiniSearch does the indexing and scoring (BM25 over three weighted fields); this
// module decides which terms to look up and which matches count. Runs in the browser.
import MiniSearch, { type SearchResult } from 'minisearch';
import { aliasTerm, goodsWordCount, queryTerms, textTerms, words, type QueryTerm, type Term } from './text.ts';
import { spellingCorrector } from './spelling.ts';

/** What a match shows about its category; the index file carries one per category. */
export interface GoodsEntry {
  id: string;
  /** The everyday name ("Wine and spirits"). */
  title: string;
  /** The wording of the rule's own list ("high quality wines and spirits"). */
  name: string;
  status: string;
  ruleId: string;
  /** The rule's short name (the search page's rule filter). */
  rule: string;
  ruleName: string;
  url: string;
  /** A UK export rule (UK or UN sanctions) rather than one of North Korea's own import rules. */
  ukExport: boolean;
}

/** A category as the index file carries it: what a match shows, and the words it is found by. */
export interface IndexedGoods extends GoodsEntry {
  aliases: string[];
  /** Other rules that also cover these goods (the record's alsoUnder). */
  alsoUnder: string[];
  /** Its description, group and rule wording: they add weight to a match but never make one. */
  context: string;
}

/**
 * The goods index as the build writes it (goods-index.json) and the browser reads it: the records
 * themselves, small enough to send whole; the browser builds the search index from them in a few
 * milliseconds, with the same code the tests use.
 */
export interface GoodsIndexFile {
  goods: IndexedGoods[];
  rules: Array<Omit<RuleEntry, 'terms'> & { shortName: string }>;
}

/** The indexed text of one category, already turned into terms (space-separated). */
interface IndexedFields {
  /** Everyday name and the legal wording, word by word. */
  names: string;
  /** Each alias as one term ("fur coat" → "furcoat"). */
  aliases: string;
  /** The description, group and rule wording, word by word. */
  context: string;
}

const FIELDS = ['names', 'aliases', 'context'] as const;
const FIELD_BOOST = { names: 2, aliases: 3, context: 0.3 };
/** Terms are made before MiniSearch sees them (text.ts); it only splits on the spaces between. */
const TERMS_AS_GIVEN = {
  tokenize: (text: string) => text.split(' ').filter(Boolean),
  processTerm: (term: string) => term,
};
const MINISEARCH_OPTIONS = { fields: [...FIELDS], ...TERMS_AS_GIVEN, searchOptions: TERMS_AS_GIVEN };

/**
 * Words so general that a category's name having them says nothing ("high quality", "equipment",
 * "goods"): they add to a score but are not evidence that the category is meant.
 */
const WEAK_TERMS = new Set(
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
  ]),
);

/** A whole rule, as the index carries it: named when a reader's words are its own ("luxury goods"). */
export interface RuleEntry {
  id: string;
  name: string;
  status: string;
  /** Where the rule and all its categories are listed. */
  url: string;
  ukExport: boolean;
  /** The goods words of its name and short name. */
  terms: Term[];
}

/** One category that the words name, with how strongly. */
export interface GoodsMatch {
  entry: GoodsEntry;
  score: number;
  /** The reader's words that named it (whole words or phrases, as typed). */
  matched: string[];
}

export interface Matches {
  /** The categories the words name, UK export rules' first; none when nothing names goods. */
  goods: GoodsMatch[];
  /** Whole rules the words name, such as "luxury goods" or "dual-use goods". */
  rules: RuleEntry[];
}

export interface GoodsMatcher {
  match(text: string): Matches;
  entries: GoodsEntry[];
}

// A match must score at least this share of the best one, or match as many of the reader's words.
const SHOWN = 0.3;
const FILLER_BOOST = 0.25;
const MAX_MATCHES = 8;

/**
 * The reader's words that show the category is meant: a goods word or phrase (not a filler, not a
 * word as general as "equipment") found in its names or aliases. Context alone never counts.
 */
function evidence(result: SearchResult, byTerm: Map<Term, QueryTerm>): QueryTerm[] {
  return Object.entries(result.match).flatMap(([term, fields]) => {
    const typed = byTerm.get(term);
    return typed && !typed.filler && !WEAK_TERMS.has(term) && fields.some((field) => field !== 'context')
      ? [typed]
      : [];
  });
}

/** Which of the reader's goods words (by position) the category matched; a phrase covers all its words. */
function covered(result: SearchResult, byTerm: Map<Term, QueryTerm>): Set<number> {
  return new Set(result.queryTerms.flatMap((term) => byTerm.get(term)?.covers ?? []));
}

/** The rules whose own name holds every goods word the reader typed, one of them more than "goods". */
function namedRules(rules: RuleEntry[], terms: QueryTerm[]): RuleEntry[] {
  const typed = terms.filter((term) => !term.filler && term.covers.length === 1).map((term) => term.term);
  if (!typed.some((term) => !WEAK_TERMS.has(term))) return [];
  return rules.filter((rule) => typed.every((term) => rule.terms.includes(term)));
}

function fieldsOf(item: IndexedGoods): IndexedFields {
  return {
    names: [...textTerms(item.title), ...textTerms(item.name)].join(' '),
    aliases: item.aliases
      .map(aliasTerm)
      .filter((term) => term !== undefined)
      .join(' '),
    context: textTerms(item.context).join(' '),
  };
}

/** Every goods word of the names and aliases, as written and as a term: what a misspelling may become. */
export function vocabulary(goods: IndexedGoods[]): Array<readonly [string, Term]> {
  const known = new Map<string, Term>();
  for (const item of goods)
    for (const text of [item.title, item.name, ...item.aliases])
      for (const word of words(text)) if (!word.filler) known.set(word.raw, word.term);
  return [...known];
}

type GoodsSearch = MiniSearch<IndexedFields & { id: number }>;

function newSearch(): GoodsSearch {
  return new MiniSearch<IndexedFields & { id: number }>(MINISEARCH_OPTIONS);
}

/** The categories from `from` on (all by default) as MiniSearch documents, each id its place in the file. */
const documents = (goods: IndexedGoods[], from = 0) => goods.map((item, at) => ({ id: from + at, ...fieldsOf(item) }));

export function createMatcher(file: GoodsIndexFile): GoodsMatcher {
  const search = newSearch();
  search.addAll(documents(file.goods));
  return assemble(search, file);
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

/** How many categories the browser indexes before it lets the page paint and respond again. */
const CATEGORIES_PER_STEP = 8;

/**
 * The same matcher as createMatcher, built a few categories at a time with a pause between them,
 * so that building it never holds the browser's main thread for long: a page that searches as it
 * loads (a linked search) still paints and answers input while its index is being built.
 */
export async function createMatcherInSteps(
  file: GoodsIndexFile,
  pause: () => Promise<void> = yieldToBrowser,
): Promise<GoodsMatcher> {
  const search = newSearch();
  for (let start = 0; start < file.goods.length; start += CATEGORIES_PER_STEP) {
    search.addAll(documents(file.goods.slice(start, start + CATEGORIES_PER_STEP), start));
    await pause();
  }
  return assemble(search, file);
}

/** The matcher over a search index that holds every category of the file. */
function assemble(search: GoodsSearch, file: GoodsIndexFile): GoodsMatcher {
  const correct = spellingCorrector(vocabulary(file.goods));
  const rules: RuleEntry[] = file.rules.map(({ shortName, ...rule }) => ({
    ...rule,
    terms: [...new Set([...textTerms(rule.name), ...textTerms(shortName)])],
  }));
  const entries = file.goods.map(
    ({ aliases: _aliases, alsoUnder: _alsoUnder, context: _context, ...entry }): GoodsEntry => entry,
  );
  return {
    entries,
    match(text) {
      const terms = queryTerms(text, correct);
      if (!terms.some((term) => !term.filler)) return { goods: [], rules: [] };
      const byTerm = new Map(terms.map((term) => [term.term, term]));
      const total = goodsWordCount(terms);
      const results = search
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
            id: result.id as number,
            entry: entries[result.id as number]!,
            covers: words.size,
            score: result.score * (0.4 + (0.6 * words.size) / Math.max(total, 1)),
            matched: found.map((term) => term.text),
            /** The positions of the reader's words that are evidence for it. */
            evidenceAt: new Set(found.flatMap((term) => term.covers)),
          };
        })
        .filter((result) => result.matched.length > 0)
        .sort((a, b) => b.score - a.score);
      const best = results[0];
      const shown = results.filter(
        (result) => best && (result.score >= best.score * SHOWN || result.covers >= best.covers),
      );
      // Words may name goods as North Korea's import rules list them ("old computers": e-waste and
      // computers, under its import rules) when a UK export rule also covers those goods (the record's
      // alsoUnder: computers are machinery under the UN ban). A category of that rule which the same
      // words matched, however weakly, is then shown too, with its own score, so that the UK rule is
      // not left out of the answer for falling below the line.
      const shownIds = new Set(shown.map((result) => result.id));
      for (const result of shown.filter((candidate) => !candidate.entry.ukExport))
        for (const ruleId of file.goods[result.id]!.alsoUnder) {
          const named = results.find(
            (other) =>
              other.entry.ruleId === ruleId &&
              !shownIds.has(other.id) &&
              [...other.evidenceAt].some((at) => result.evidenceAt.has(at)),
          );
          if (!named) continue;
          shown.push(named);
          shownIds.add(named.id);
        }
      // The UK's export rules (UK law and UN sanctions) before North Korea's own import rules: a
      // reader must never see a North Korean licence above a UK ban on the same goods.
      const goods = shown
        .sort((a, b) => Number(b.entry.ukExport) - Number(a.entry.ukExport) || b.score - a.score)
        .slice(0, MAX_MATCHES)
        .map(({ entry, score, matched }) => ({ entry, score, matched }));
      return { goods, rules: namedRules(rules, terms) };
    },
  };
}
