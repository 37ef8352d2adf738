// A realistic synthetic corpus for the scale benchmark: N guidance pages of about 600 to 800 words,
// each with h2 sections, a list, a table, a Govspeak callout and a few goods records (through the
// site's own goods directives), plus the site's real record files.
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT } from './paths.ts';

/**
 * Real guidance vocabulary with its real frequencies: every word of the site's own guidance and
 * goods descriptions. Drawing words in proportion to how often they occur gives the index what a
 * real corpus gives it: a few words on every page and many on few. (A small, even vocabulary puts
 * every word on every page and makes every search index chunk huge.)
 */
function vocabulary(): string[] {
  const content = CONTENT;
  const text = [
    ...readdirSync(join(content, 'guidance')).map((file) => readFileSync(join(content, 'guidance', file), 'utf8')),
    readFileSync(join(content, 'goods.yaml'), 'utf8'),
  ]
    .join(' ')
    // Addresses are not words (and "www." would become a link).
    .replace(/\(?(?:https?:\/\/|\/)[^\s)]*\)?/g, ' ')
    .replace(/\bwww\b/g, ' ');
  const keys = new Set(['id', 'name', 'everydayname', 'rule', 'group', 'aliases', 'description']);
  return (text.toLowerCase().match(/[a-z][a-z’'-]*[a-z]/g) ?? []).filter(
    (word) => !word.includes('’') && !keys.has(word) && (word.match(/-/g) ?? []).length < 2,
  );
}
const WORDS = vocabulary();

/** A deterministic pseudo-random sequence, so every run (and both builds) get the same corpus. */
function sequence(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

function sentence(random: () => number, words: number): string {
  const chosen = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]!);
  const text = chosen.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random, 10 + Math.floor(random() * 8))).join(' ');
}

const GROUPS = [
  'Products Harmful to Public Health and Safety',
  'Environmentally Harmful Goods',
  'Goods Subject to Import Licensing',
  'Regulated Consumer Goods',
  'Environmentally Sensitive Goods',
];

export function page(index: number): string {
  const random = sequence(index + 1);
  const id = String(index).padStart(5, '0');
  const group = GROUPS[index % GROUPS.length];
  const sections = Array.from({ length: 4 }, (_, section) =>
    [
      `## Section ${section + 1} of guidance ${id}`,
      paragraph(random, 4),
      section === 1 ? `- ${sentence(random, 6)}\n- ${sentence(random, 6)}\n- ${sentence(random, 6)}` : '',
      section === 2
        ? `| Goods | Status | Note |\n| --- | --- | --- |\n| ${sentence(random, 2)} | Banned | ${sentence(random, 5)} |\n| ${sentence(random, 2)} | Licence required | ${sentence(random, 5)} |`
        : '',
      paragraph(random, 3),
    ]
      .filter(Boolean)
      .join('\n\n'),
  );
  return `---
title: Synthetic guidance page ${id}
summary: A generated page of guidance number ${id} for measuring the build.
permalink: /guidance/synthetic-${id}.html
breadcrumbs:
  - name: Home
    url: /
  - name: Exporting and doing business abroad
    url: /topic/business-and-self-employed/exporting-and-doing-business-abroad.html
topic: exporting-and-doing-business-abroad
organisation: site-editors
published: 2026-01-01
updated: 2026-01-02
lastReviewed: 2026-01-02
reviewDue: 1 year
history:
  - date: 2026-01-01
    note: First published.
  - date: 2026-01-02
    note: Updated.
source:
  title: Generated for the benchmark
licence: own
---

${paragraph(random, 3)}

^${sentence(random, 14)} See [the luxury goods guidance](/guidance/exporting-luxury-goods-north-korea.html).^

${sections.join('\n\n')}

## Goods this page covers

::goods-sections{group="${group}"}
`;
}

/** Writes the corpus: the site's real records and guidance, and `count` generated pages. */
export function writeCorpus(dir: string, contentSource: string, count: number): void {
  cpSync(contentSource, dir, { recursive: true });
  mkdirSync(join(dir, 'guidance'), { recursive: true });
  for (let index = 0; index < count; index++) {
    writeFileSync(join(dir, 'guidance', `synthetic-${String(index).padStart(5, '0')}.md`), page(index));
  }
}

/** The same generated pages as plain Markdown files for the bare build (no front matter checks). */
export function wordsIn(markdown: string): number {
  return markdown
    .replace(/^---[\s\S]*?---/, '')
    .split(/\s+/)
    .filter((word) => /[a-z]/i.test(word)).length;
}
