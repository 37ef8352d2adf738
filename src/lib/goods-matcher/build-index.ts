// Builds the goods index that the browser loads (goods-index.json): one entry per category, the
// MiniSearch index over its names, aliases and context, and the words a misspelling may be
// corrected to. Runs at build time; it uses only what the matcher itself uses.
import MiniSearch from 'minisearch';
import {
  MINISEARCH_OPTIONS,
  type GoodsEntry,
  type GoodsIndexFile,
  type IndexedFields,
  type RuleEntry,
} from './matcher.ts';
import { aliasTerm, textTerms, words } from './text.ts';

/** What the index needs to know of a category, beyond what a match shows. */
export interface IndexableGoods extends GoodsEntry {
  aliases: string[];
  description?: string;
  group: string;
}

function fieldsOf(item: IndexableGoods): IndexedFields {
  return {
    names: [...textTerms(item.title), ...textTerms(item.name)].join(' '),
    aliases: item.aliases
      .map(aliasTerm)
      .filter((term) => term !== undefined)
      .join(' '),
    context: [item.description ?? '', item.group, item.ruleName].flatMap(textTerms).join(' '),
  };
}

/** What the index needs to know of a rule. */
export interface IndexableRule extends Omit<RuleEntry, 'terms'> {
  shortName: string;
}

export function buildGoodsIndex(goods: IndexableGoods[], rules: IndexableRule[]): GoodsIndexFile {
  const search = new MiniSearch<IndexedFields & { id: number }>(MINISEARCH_OPTIONS);
  search.addAll(goods.map((item, id) => ({ id, ...fieldsOf(item) })));
  // Misspellings are corrected to the words of names and aliases (each word of a phrase too).
  const vocabulary = new Map(
    goods.flatMap((item) =>
      [item.title, item.name, ...item.aliases].flatMap((text) =>
        words(text)
          .filter((word) => !word.filler)
          .map((word) => [word.raw, word.term] as const),
      ),
    ),
  );
  return {
    entries: goods.map(({ id, title, name, status, ruleId, rule, ruleName, url, ukExport }) => ({
      id,
      title,
      name,
      status,
      ruleId,
      rule,
      ruleName,
      url,
      ukExport,
    })),
    index: search.toJSON(),
    vocabulary: [...vocabulary].sort(([a], [b]) => a.localeCompare(b)),
    rules: rules.map(({ id, name, status, url, ukExport, shortName }) => ({
      id,
      name,
      status,
      url,
      ukExport,
      terms: [...new Set([...textTerms(name), ...textTerms(shortName)])],
    })),
  };
}
