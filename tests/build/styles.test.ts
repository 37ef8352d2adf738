// The built CSS against what the built pages use. Markup can be right while a reader sees it
// unstyled: a component's Sass not imported, a partial never reached from the entry stylesheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { compile } from 'sass-embedded';
import { DIST, ROOT } from '../../dev/paths.ts';
import { htmlPages, page } from '../support/dist.ts';
import { sassOptions } from '../../src/styles/sass-options.ts';

const STYLES = join(ROOT, 'src/styles');
const ENTRY = join(STYLES, 'site.scss');
const GOVUK_CSS = createRequire(import.meta.url).resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css');
const built = (ext: string) =>
  readdirSync(join(DIST, '_astro'))
    .filter((file) => file.endsWith(ext))
    .map((file) => readFileSync(join(DIST, '_astro', file), 'utf8'));

/** The class names a stylesheet's selectors name (comments, strings and url()s left out). */
function classesInCss(css: string): Set<string> {
  const selectors = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/url\([^)]*\)/g, '')
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""');
  const classes = new Set<string>();
  for (const match of selectors.matchAll(/\.(-?[a-zA-Z_](?:[\w-]|\\.)*)/g))
    classes.add(match[1]!.replace(/\\(.)/g, '$1'));
  return classes;
}

/** The project's own Sass files, each compiled on its own: the classes each one styles. */
const sassFiles = readdirSync(STYLES).filter((file) => file.endsWith('.scss'));
const compileOptions = sassOptions<'sync'>('https://example.org');

test('every class the built pages and scripts use that has styles in its source is styled by the built CSS', () => {
  const sources = classesInCss(readFileSync(GOVUK_CSS, 'utf8'));
  for (const file of sassFiles)
    for (const name of classesInCss(compile(join(STYLES, file), compileOptions).css)) sources.add(name);
  const styled = classesInCss(built('.css').join('\n'));

  const used = new Map<string, string>();
  for (const path of htmlPages())
    for (const element of page(path).querySelectorAll('[class]'))
      for (const name of element.getAttribute('class')!.split(/\s+/).filter(Boolean))
        if (!used.has(name)) used.set(name, path);
  // Class names in the scripts (results, tags and messages they draw): string literals in the bundles.
  for (const script of built('.js'))
    for (const match of script.matchAll(/(?<![\w-])(?:govuk|app)-[\w-]*\w/g))
      if (!used.has(match[0])) used.set(match[0], 'a script in dist/_astro');

  const unstyled = [...used]
    .filter(([name]) => sources.has(name) && !styled.has(name))
    .map(([name, where]) => `${name} (${where})`);
  assert.deepEqual(unstyled, [], 'classes with styles in their source that the built CSS does not style');
  // The check can see: a class every page uses is among those compared.
  assert.ok(sources.has('govuk-template__body') && styled.has('govuk-template__body'));
});

test('every Sass partial is reached from the entry stylesheet', () => {
  const loaded = new Set(compile(ENTRY, compileOptions).loadedUrls.map((url) => url.href));
  const orphans = sassFiles
    .filter((file) => file !== 'site.scss' && !loaded.has(pathToFileURL(join(STYLES, file)).href))
    .map((file) => relative(ROOT, join(STYLES, file)));
  assert.deepEqual(orphans, [], 'Sass partials that src/styles/site.scss never loads: @use them or delete them');
  assert.ok(loaded.has(pathToFileURL(join(STYLES, '_prose.scss')).href), 'the check sees the partials site.scss uses');
});

test('the site’s own Sass compiles without warnings, deprecations included', () => {
  const warnings: string[] = [];
  compile(ENTRY, {
    ...compileOptions,
    logger: {
      warn: (message, { span }) => {
        // GOV.UK Frontend's own warnings are its maintainers' to mend; the site's files are ours.
        if (span?.url?.href.startsWith(pathToFileURL(STYLES).href))
          warnings.push(`${relative(ROOT, fileURLToPath(span.url))}:${span.start.line + 1}: ${message.split('\n')[0]}`);
      },
    },
  });
  assert.deepEqual(warnings, []);
});
