import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** A Markdown file's front matter: the YAML between two `---` lines at the top (group 1). */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[^\n]*(?:\n|$)/;

/** The front matter of a Markdown file, parsed as YAML 1.1 dates and all (as Astro reads it). */
export function readFrontmatter(path: string): unknown {
  const match = FRONTMATTER.exec(readFileSync(path, 'utf8'));
  return match ? parse(match[1]!, { version: '1.1' }) : {};
}

function read(filePath: string | undefined): string | undefined {
  if (!filePath) return undefined;
  try {
    return readFileSync(filePath, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The line a top-level front-matter key is written on, so that a cross-reference mistake (which
 * the schema cannot see) still points the editor at a line. Undefined when it cannot be found.
 */
export function frontmatterLine(filePath: string | undefined, key: string): number | undefined {
  const source = read(filePath);
  if (source === undefined) return undefined;
  const index = source.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 1;
}

/**
 * How many lines of a Markdown file come before its body. Astro renders the body with its front
 * matter cut off (and trimmed), so a line number in the body counts from the body's first line.
 */
function linesBeforeBody(source: string): number {
  const afterFrontmatter = FRONTMATTER.exec(source)?.[0].length ?? 0;
  const bodyStart = afterFrontmatter + (/^\s*/.exec(source.slice(afterFrontmatter))?.[0].length ?? 0);
  // The lines before the body's first line, less the one a body line number already counts.
  return source.slice(0, bodyStart).split('\n').length - 1;
}

/**
 * The line of the file on which a line of its body is. Read only when a mistake is reported, so
 * that a build without mistakes does not read every page a second time.
 */
export function bodyLineInFile(filePath: string | undefined, bodyLine: number): number | undefined {
  const source = read(filePath);
  return source === undefined ? undefined : bodyLine + linesBeforeBody(source);
}
