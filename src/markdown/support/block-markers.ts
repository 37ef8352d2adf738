import type { PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { visitFlow } from './flow.ts';
import { container } from './hast-node.ts';
import { reportProblem } from './problems.ts';

export interface BlockOptions {
  /** The marker, such as `$C`. It opens a paragraph and closes the same or a later paragraph. */
  marker: string;
  /** What the block is called in error messages ("contact block"). */
  name: string;
  tagName: string;
  properties: Record<string, unknown>;
  /** Keep the author's line breaks (addresses, contact details). */
  keepLineBreaks?: boolean;
}

const escape = (value: string) => value.replace(/[$^*+?.()|[\]{}\\]/g, '\\$&');

/**
 * Govspeak blocks such as `$C … $C`: everything from the opening marker to the closing one, across
 * paragraphs, becomes one element. The markers must stand at the start and end of paragraphs (as
 * Govspeak writes them, on lines of their own), and a marker followed by more capital letters is a
 * different marker (`$CTA` is not `$C`). A block with no closing marker is a content mistake.
 */
export function blockMarker(options: BlockOptions) {
  const marker = escape(options.marker);
  const opening = new RegExp(`^${marker}(?![A-Z])(?:[ \\t]*\\n|[ \\t]+|$)`);
  const closing = new RegExp(`(?:^|\\s)${marker}(?![A-Z])\\s*$`);

  return () => (tree: Root, file: VFile) => {
    visitFlow(tree, (parent) => {
      for (let start = 0; start < parent.children.length; start++) {
        const first = firstText(parent.children[start]);
        if (!first || !opening.test(first.value)) continue;
        const end = findClosing(parent.children, start, first, opening, closing);
        if (end === undefined) {
          reportProblem(
            file,
            parent.children[start],
            `unclosed ${options.name}: "${options.marker}" opens it but no "${options.marker}" closes it (put ${options.marker} on a line of its own where it ends)`,
          );
          continue;
        }
        first.value = first.value.replace(opening, '');
        const lastText = lastTextOf(parent.children[end]);
        if (lastText) lastText.value = lastText.value.replace(closing, '');
        const inner = parent.children.slice(start, end + 1).filter((child) => !isEmptyParagraph(child));
        if (options.keepLineBreaks) inner.forEach(keepBreaks);
        parent.children.splice(
          start,
          end - start + 1,
          container(options.tagName, options.properties, inner) as RootContent,
        );
      }
    });
  };
}

function firstText(node: RootContent | undefined) {
  if (node?.type !== 'paragraph') return undefined;
  const first = node.children[0];
  return first?.type === 'text' ? first : undefined;
}

function lastTextOf(node: RootContent | undefined) {
  if (node?.type !== 'paragraph') return undefined;
  const last = node.children.at(-1);
  return last?.type === 'text' ? last : undefined;
}

function findClosing(
  siblings: RootContent[],
  start: number,
  first: { value: string },
  opening: RegExp,
  closing: RegExp,
): number | undefined {
  // Closed in the opening paragraph itself: `$C`, lines, `$C` with no blank line between.
  const openingLast = lastTextOf(siblings[start]);
  const rest = openingLast === first ? first.value.replace(opening, '') : openingLast?.value;
  if (rest !== undefined && closing.test(rest)) return start;
  for (let index = start + 1; index < siblings.length; index++) {
    const last = lastTextOf(siblings[index]);
    if (last && closing.test(last.value)) return index;
    // Another block opens before this one closed: this one is unclosed.
    const text = firstText(siblings[index]);
    if (text && opening.test(text.value)) return undefined;
  }
  return undefined;
}

function isEmptyParagraph(node: RootContent): boolean {
  return (
    node.type === 'paragraph' && node.children.every((child) => child.type === 'text' && child.value.trim() === '')
  );
}

/** Turns the soft line breaks inside a block's paragraphs into <br>, as Govspeak does for addresses. */
function keepBreaks(node: RootContent): void {
  if (node.type !== 'paragraph') return;
  node.children = node.children.flatMap((child): PhrasingContent[] => {
    if (child.type !== 'text' || !child.value.includes('\n')) return [child];
    const lines = child.value.split('\n');
    return lines.flatMap((line, index) => {
      const parts: PhrasingContent[] = index > 0 ? [{ type: 'break' }] : [];
      return line === '' ? parts : [...parts, { type: 'text', value: line }];
    });
  });
  // Trim the line break a marker on its own line leaves behind.
  while (node.children[0]?.type === 'break') node.children.shift();
  while (node.children.at(-1)?.type === 'break') node.children.pop();
}
