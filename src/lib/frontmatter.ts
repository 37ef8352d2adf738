import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** The front matter of a Markdown file, parsed as YAML 1.1 dates and all (as Astro reads it). */
export function readFrontmatter(path: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path, 'utf8'));
  return match ? parse(match[1]!, { version: '1.1' }) : {};
}
