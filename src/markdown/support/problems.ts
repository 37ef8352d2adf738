import { readFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import type { Node } from 'unist';
import { linesBeforeBody } from '../../lib/frontmatter-lines.ts';

/** A mistake found in a Markdown body, at a line of the file (front matter included). */
export interface MarkdownProblem {
  line?: number;
  message: string;
}

interface AstroData {
  frontmatter: Record<string, unknown> & { contentProblems?: MarkdownProblem[] };
}

/** The lines before the body, read from the file once per page that has a mistake. */
function bodyLineOffset(file: VFile): number {
  const cached = file.data.bodyLineOffset as number | undefined;
  if (cached !== undefined) return cached;
  let offset = 0;
  if (file.path) {
    try {
      offset = linesBeforeBody(readFileSync(file.path, 'utf8'));
    } catch {
      offset = 0;
    }
  }
  file.data.bodyLineOffset = offset;
  return offset;
}

function fileLine(file: VFile, node: Node | undefined): number | undefined {
  const line = node?.position?.start.line;
  return line === undefined ? undefined : line + bodyLineOffset(file);
}

/**
 * Records a mistake instead of throwing. Astro's content loader only logs an error thrown by a
 * plugin and publishes the page with an empty body; a recorded problem travels with the rendered
 * entry (in its front matter metadata) to the site checks, which fail the build with file and line.
 */
export function reportProblem(file: VFile, node: Node | undefined, message: string): void {
  const astro = ((file.data as { astro?: AstroData }).astro ??= { frontmatter: {} });
  (astro.frontmatter.contentProblems ??= []).push({ line: fileLine(file, node), message });
}
