// Input → expected-HTML fixtures, one folder per Markdown extension (as Govspeak's own tests are):
// tests/markdown/fixtures/<extension>/<case>.md renders to <case>.html; where <case>.problems.txt
// exists, rendering must report exactly those problems (one per line, "line: message" fragments).
// HTML is compared by meaning (elements, attributes, classes, roles, text; not layout whitespace or
// attribute order), see tests/support/html-meaning.ts. A fixture may start with front matter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { renderMarkdown } from '../support/markdown.ts';
import { htmlMeaning } from '../support/html-meaning.ts';

const FIXTURE_DIR = join(import.meta.dirname, 'fixtures');

/** A fixture's front matter (for options such as autoNumberedHeadings) and its Markdown body. */
function withFrontMatter(source: string): [string, Record<string, unknown>] {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  return match ? [source.slice(match[0].length), parseYaml(match[1]!) as Record<string, unknown>] : [source, {}];
}

for (const extension of readdirSync(FIXTURE_DIR).filter((name) => !name.includes('.'))) {
  for (const file of readdirSync(join(FIXTURE_DIR, extension)).filter((name) => name.endsWith('.md'))) {
    const base = join(FIXTURE_DIR, extension, file.replace(/\.md$/, ''));
    test(`${extension}: ${file.replace(/\.md$/, '').replaceAll('-', ' ')}`, async () => {
      const { html, problems } = await renderMarkdown(...withFrontMatter(readFileSync(`${base}.md`, 'utf8')));
      assert.equal(htmlMeaning(html), htmlMeaning(readFileSync(`${base}.html`, 'utf8')));
      const expectedProblems = existsSync(`${base}.problems.txt`)
        ? readFileSync(`${base}.problems.txt`, 'utf8').split('\n').filter(Boolean)
        : [];
      assert.equal(problems.length, expectedProblems.length, `problems: ${JSON.stringify(problems)}`);
      expectedProblems.forEach((expected, index) => {
        const [line, fragment] = expected.split(': ', 2) as [string, string];
        assert.equal(String(problems[index]?.bodyLine), line);
        assert.ok(
          problems[index]?.message.includes(fragment),
          `"${problems[index]?.message}" should include "${fragment}"`,
        );
      });
    });
  }
}

// The README lists every case of the gem's tests: each `gem-…` fixture must be listed there, and
// each fixture listed must exist, so that the count in the README is the count that runs.
test('every gem fixture is listed in the fixtures README, and every one listed exists', () => {
  const readme = readFileSync(join(FIXTURE_DIR, 'README.md'), 'utf8');
  const listed = new Set([...readme.matchAll(/`([a-z-]+\/gem-[a-z0-9-]+)`/g)].map((match) => match[1]!));
  const present = readdirSync(FIXTURE_DIR)
    .filter((extension) => !extension.includes('.'))
    .flatMap((extension) =>
      readdirSync(join(FIXTURE_DIR, extension))
        .filter((name) => name.startsWith('gem-') && name.endsWith('.md'))
        .map((name) => `${extension}/${name.replace(/\.md$/, '')}`),
    );
  assert.deepEqual([...listed].sort(), [...new Set(present)].sort());
});
