import { readFileSync } from 'node:fs';

/**
 * The line a top-level front-matter key is written on, so that a cross-reference mistake (which
 * the schema cannot see) still points the editor at a line. Undefined when it cannot be found.
 */
export function frontmatterLine(filePath: string | undefined, key: string): number | undefined {
  if (!filePath) return undefined;
  let source: string;
  try {
    source = readFileSync(filePath, 'utf8');
  } catch {
    return undefined;
  }
  const index = source.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 1;
}
