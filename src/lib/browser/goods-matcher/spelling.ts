// Misspelt goods words ("cavair", "champain", "lamborgini") corrected to a word the index knows.
// Runs in the browser.
import type { Term, Word } from './text.ts';

/**
 * The edit distance between two words, counting a swap of two neighbouring letters as one edit
 * (optimal string alignment), since swapped letters are the commonest typing slip. Stops early
 * once the distance is past `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
  }
  return rows[a.length]![b.length]!;
}

/** How many slips a word may have, by the length of the shorter of the two words compared. */
const allowedEdits = (length: number) => (length < 6 ? 0 : length < 9 ? 1 : 2);

/**
 * A corrector over the words of the index's names and aliases. A word the index knows is left
 * alone; an unknown one becomes the known word nearest to it, compared both as typed and as
 * stemmed, if that is within the allowed slips and starts with the same letter (a first letter
 * is rarely mistyped, and the rule keeps "books" from becoming "boots"). Words `alsoKnown` holds
 * are left alone too, but nothing is corrected into them.
 */
export function spellingCorrector(
  vocabulary: ReadonlyArray<readonly [raw: string, term: Term]>,
  alsoKnown: ReadonlyArray<readonly [raw: string, term: Term]> = [],
): (word: Word) => Word {
  const terms = new Set([...vocabulary, ...alsoKnown].map(([, term]) => term));
  const near = (a: string, b: string) => {
    const limit = allowedEdits(Math.min(a.length, b.length));
    if (limit === 0 || a[0] !== b[0]) return Infinity;
    const distance = editDistance(a, b, limit);
    return distance <= limit ? distance : Infinity;
  };
  return (word) => {
    if (word.filler || terms.has(word.term)) return word;
    let best: { raw: string; term: Term; distance: number } | undefined;
    for (const [raw, term] of vocabulary) {
      const distance = Math.min(near(word.raw, raw), near(word.term, term));
      if (distance !== Infinity && (!best || distance < best.distance)) best = { raw, term, distance };
    }
    return best ? { ...word, term: best.term, corrected: best.raw } : word;
  };
}
