import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { DIST } from '../../dev/paths.ts';

/** A built page, parsed. Throws a clear message when the site has not been built. */
export function page(path: string): HTMLElement {
  const file = join(DIST, path === '/' ? 'index.html' : path);
  if (!existsSync(file)) throw new Error(`${file} does not exist: run the build first (npm run build)`);
  return parse(readFileSync(file, 'utf8'));
}

/** The visible words of an element, with runs of white space folded. */
export const textOf = (element: HTMLElement | null | undefined) =>
  (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every HTML file in dist/, as site paths (/guidance/x.html). */
export function htmlPages(dir = DIST): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .map((file) => `/${relative(DIST, join(dir, file))}`)
    .sort();
}
