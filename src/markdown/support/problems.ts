import type { VFile } from 'vfile';
import type { Node } from 'unist';
import { bodyLineInFile } from '../../lib/frontmatter.ts';
import { renderedMetadata } from './metadata.ts';

/** A mistake found in a Markdown body, at a line of the file (front matter included). */
export interface MarkdownProblem {
  line?: number;
  message: string;
}

/** The line in the file (front matter included) of a node of the body; read only for a mistake. */
function fileLine(file: VFile, node: Node | undefined): number | undefined {
  const line = node?.position?.start.line;
  return line === undefined ? undefined : (bodyLineInFile(file.path, line) ?? line);
}

/**
 * Records a mistake instead of throwing. Astro's content loader only logs an error thrown by a
 * plugin and publishes the page with an empty body; a recorded problem travels with the rendered
 * entry (in its front matter metadata) to the site checks, which fail the build with file and line.
 */
export function reportProblem(file: VFile, node: Node | undefined, message: string): void {
  (renderedMetadata(file).contentProblems ??= []).push({ line: fileLine(file, node), message });
}
