// `npm run bench:matchers [-- --misses]`: the goods matcher's library choice, measured. Runs the
// site's matcher (MiniSearch) and Fuse.js and FlexSearch, each fairly configured, over the real
// goods records and both labelled query lists, and prints one Markdown table row per engine:
// accuracy, first results found on a fragment of a word, bundle size, index build time and
// query time. docs/goods-matcher.md carries the figures.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { goodsIndexFromContent } from '../../dev/goods-index.ts';
import { createMatcher } from '../../src/lib/browser/goods-matcher/matcher.ts';
import { vocabulary } from '../../src/lib/browser/goods-matcher/word-search.ts';
import { spellingCorrector } from '../../src/lib/browser/goods-matcher/spelling.ts';
import { words } from '../../src/lib/browser/goods-matcher/text.ts';
import { percent, readQueries, score, type LabelledQuery } from '../../src/lib/search/query-lists.ts';
import { createFuseSearch } from './engines/fuse.ts';
import { createFlexSearch } from './engines/flexsearch.ts';

const { values } = parseArgs({ options: { misses: { type: 'boolean', default: false } } });
const root = resolve(import.meta.dirname, '../..');
const file = goodsIndexFromContent();
const lists = ['search-queries.tsv', 'search-queries-held-out.tsv'].map((name) => ({
  name,
  queries: readQueries(readFileSync(join(root, 'tests/fixtures', name), 'utf8'), name),
}));

/** A query's answer: category ids best first, or `rule:<id>` when a whole rule is the right answer. */
type Answer = (query: LabelledQuery) => string[];
interface Engine {
  name: string;
  /** What the site would ship for it, as an esbuild entry (paths from the project root). */
  entry: string;
  create: () => Answer;
}

const asksForRule = (query: LabelledQuery) => query.right.some((id) => id.startsWith('rule:'));
// Only the site's matcher names whole rules ("luxury goods"); the others answer with categories.
const goodsOnly =
  (search: (text: string) => string[]): Answer =>
  (query) =>
    search(query.query);

// Is it MiniSearch or the site's own word handling that makes the difference? These variants give
// another library the reader's goods words only (no fillers such as "bottles of"), misspellings
// corrected, as the site's text.ts and spelling.ts make them.
const SITE_WORDS = `export { words } from './src/lib/browser/goods-matcher/text.ts'; export { spellingCorrector } from './src/lib/browser/goods-matcher/spelling.ts';`;
const siteWords = (search: (text: string) => string[]): Answer => {
  const correct = spellingCorrector(
    vocabulary(file.goods.map((item) => ({ names: [item.title, item.name], aliases: item.aliases, context: '' }))),
  );
  return (query) => {
    const goodsWords = words(query.query)
      .filter((word) => !word.filler)
      .map((word) => correct(word));
    return goodsWords.length > 0 ? search(goodsWords.map((word) => word.corrected ?? word.raw).join(' ')) : [];
  };
};

const engines: Engine[] = [
  {
    name: 'minisearch (site)',
    entry: `export { createMatcher } from './src/lib/browser/goods-matcher/matcher.ts';`,
    create: () => {
      const matcher = createMatcher(file);
      return (query) => {
        const found = matcher.match(query.query);
        return asksForRule(query)
          ? found.rules.map((rule) => `rule:${rule.id}`)
          : found.goods.map((match) => match.entry.id);
      };
    },
  },
  ...[0.6, 0.3].map((threshold) => ({
    name: `fuse.js, threshold ${threshold}`,
    entry: `export { createFuseSearch } from './scripts/bench/engines/fuse.ts';`,
    create: () => goodsOnly(createFuseSearch(file, threshold)),
  })),
  ...(['forward', 'strict'] as const).map((tokenize) => ({
    name: `flexsearch, ${tokenize}`,
    entry: `export { createFlexSearch } from './scripts/bench/engines/flexsearch.ts';`,
    create: () => goodsOnly(createFlexSearch(file, tokenize)),
  })),
  {
    name: "fuse.js, threshold 0.3, site's words",
    entry: `export { createFuseSearch } from './scripts/bench/engines/fuse.ts'; ${SITE_WORDS}`,
    create: () => siteWords(createFuseSearch(file, 0.3)),
  },
  {
    name: "flexsearch, strict, site's words",
    entry: `export { createFlexSearch } from './scripts/bench/engines/flexsearch.ts'; ${SITE_WORDS}`,
    create: () => siteWords(createFlexSearch(file, 'strict')),
  },
];

// FlexSearch's compact build has all the adapter uses (Document, Charset, suggestions) and is
// what the site would ship; its package exports only the full build, so the bundle is pointed at it.
const FLEXSEARCH_COMPACT = join(root, 'node_modules/flexsearch/dist/flexsearch.compact.module.min.js');

/** Minified and gzipped (level 6, as the server sends it) bytes of an entry and all it imports. */
async function shippedBytes(entry: string): Promise<number> {
  const { outputFiles } = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    alias: { flexsearch: FLEXSEARCH_COMPACT },
    write: false,
  });
  return gzipSync(outputFiles[0]!.contents, { level: 6 }).length;
}

// A first result is found on a fragment when none of the words typed (whole, as text.ts splits
// them, as written or stemmed, so "pianos" is "piano") is a word of its title, name or aliases, or
// of the everyday words of a heading it holds (the site's matcher finds "drone" as a vehicle through
// HS 8806): "pens" → "penalties". Misspelt queries are left out (their words are in no record by
// design). Approximate, but the same test for every engine.
const recordWords = new Map(
  file.goods.map((item, at) => [
    item.id,
    new Set([
      ...[item.title, item.name, ...item.aliases].flatMap((text) =>
        words(text).flatMap((word) => [word.raw, word.term]),
      ),
      ...file.headings.flatMap(([, terms, categories]) => (categories.includes(at) ? terms.split(/[ ,]/) : [])),
    ]),
  ]),
);
const onFragment = (query: LabelledQuery, first: string | undefined) =>
  query.kind !== 'misspelling' &&
  first !== undefined &&
  !first.startsWith('rule:') &&
  !words(query.query).some((word) => recordWords.get(first)?.has(word.raw) || recordWords.get(first)?.has(word.term));

const median = (sorted: number[], share = 0.5) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
const ROUNDS = 5;

console.log(
  '| engine | top-1 | top-3 | held out top-1 | held out top-3 | not first | right "none" | fragment firsts | kB gzipped | build ms | query ms median / p95 |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const all = lists.flatMap((list) => list.queries);
for (const engine of engines) {
  // Build time: the median of a few builds, the first one warming the code up.
  const builds: number[] = [];
  let answer: Answer = engine.create();
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    answer = engine.create();
    builds.push(performance.now() - start);
  }
  // Query time: every query of both lists, a few rounds over, after one round to warm up.
  all.forEach(answer);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++)
    for (const query of all) {
      const start = performance.now();
      answer(query);
      times.push(performance.now() - start);
    }
  const scored = lists.map((list) => score(list.queries, list.queries.map(answer)));
  const answers = all.map(answer);
  const none = all.filter((query, index) => query.right.includes('-') && answers[index]!.length === 0).length;
  const noneTotal = all.filter((query) => query.right.includes('-')).length;
  const fragments = all.filter((query, index) => onFragment(query, answers[index]![0]));
  const cell = (part: number, total: number) => `${part}/${total} (${percent(part, total)})`;
  const [main, held] = scored as [ReturnType<typeof score>, ReturnType<typeof score>];
  times.sort((a, b) => a - b);
  console.log(
    `| ${[
      engine.name,
      cell(main.top1, main.total),
      cell(main.top3, main.total),
      cell(held.top1, held.total),
      cell(held.top3, held.total),
      main.misses.length + held.misses.length,
      `${none}/${noneTotal}`,
      fragments.length,
      ((await shippedBytes(engine.entry)) / 1024).toFixed(1),
      median(builds.sort((a, b) => a - b)).toFixed(2),
      `${median(times).toFixed(3)} / ${median(times, 0.95).toFixed(3)}`,
    ].join(' | ')} |`,
  );
  if (values.misses)
    console.log(
      [...main.misses, ...held.misses, ...fragments.map((query) => `fragment: ${query.query}`)]
        .map((line) => `    ${line}`)
        .join('\n'),
    );
}
