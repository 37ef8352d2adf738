// FlexSearch as the goods matcher would use it: a document index over the same records with its
// Latin encoder, the reader's words as typed. Browser code (bundled to measure its size).
import { Charset, Document } from 'flexsearch';
import type { GoodsIndexFile } from '../../../src/lib/browser/goods-matcher/matcher.ts';

// The site's field weights; FlexSearch has none of its own, so per-field results are merged here.
const FIELD_WEIGHT = { title: 2, name: 2, aliases: 3 };
type Field = keyof typeof FIELD_WEIGHT;

/**
 * `tokenize`: "forward" indexes every word's beginnings, so "whisk" finds "whisky" (FlexSearch's
 * suggested setting for partial matches); "strict" indexes whole words only. Suggestions are on,
 * so a record matching some of the words is still found (FlexSearch otherwise requires all).
 */
export function createFlexSearch(file: GoodsIndexFile, tokenize: 'forward' | 'strict'): (query: string) => string[] {
  const index = new Document({
    tokenize,
    encoder: Charset.LatinBalance,
    document: { id: 'id', index: Object.keys(FIELD_WEIGHT) },
  });
  file.goods.forEach((item, id) =>
    index.add({ id, title: item.title, name: item.name, aliases: item.aliases.join(', ') }),
  );
  return (query) => {
    // A record's score: each field's weight over its rank in that field's results (rank 1 best).
    const scores = new Map<number, number>();
    for (const { field, result } of index.search(query, { suggest: true, limit: 50 }))
      result.forEach((id, rank) =>
        scores.set(Number(id), (scores.get(Number(id)) ?? 0) + FIELD_WEIGHT[field as Field] / (rank + 1)),
      );
    return [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([id]) => file.goods[id]!.id);
  };
}
