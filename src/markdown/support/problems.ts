import type { VFile } from 'vfile';
import type { Node } from 'unist';
import { renderedMetadata } from './metadata.ts';

/**
 * Records a mistake at the line of the body where it is, instead of throwing. Astro's content
 * loader only logs an error thrown by a plugin and publishes the page with an empty body; a
 * recorded problem travels with the rendered entry (in its metadata) to the site checks, which turn
 * the body line into a line of the file and fail the build.
 */
export function reportProblem(file: VFile, node: Node | undefined, message: string): void {
  (renderedMetadata(file).contentProblems ??= []).push({ bodyLine: node?.position?.start.line, message });
}
