import type { PhrasingContent, RootContent } from 'mdast';
import { container } from './hast-node.ts';
import type { SourceLine } from './source-lines.ts';
import { delimitedBlock, type Delimiters } from './sentinel.ts';

export interface BlockOptions {
  /** The marker, such as `$C`. It opens a block at the start of a line and closes it at the end of one. */
  marker: string;
  /** Longer markers that start with this one (`$CTA` for `$C`): a line starting with one is not this block. */
  longer?: string[];
  /** What the block is called in error messages ("contact block"). */
  name: string;
  tagName: string;
  properties: Record<string, unknown>;
  /** Keep the author's line breaks (addresses, contact details). */
  keepLineBreaks?: boolean;
  /** Adjusts the content lines before they are parsed. */
  content?: (lines: SourceLine[]) => SourceLine[];
}

/** The delimiters of a `$X … $X` block, found as GOV.UK finds them. */
function markerDelimiters(options: Pick<BlockOptions, 'marker' | 'longer' | 'name' | 'content'>): Delimiters {
  const { marker, longer = [] } = options;
  return {
    name: options.name.replaceAll(' ', '-'),
    probe: marker,
    opens(text) {
      if (!text.startsWith(marker) || longer.some((other) => text.startsWith(other))) return undefined;
      const rest = text.slice(marker.length);
      return { rest, mustClose: rest === '' || /^\s/.test(rest) };
    },
    closes(text) {
      const trimmed = text.trimEnd();
      return trimmed.endsWith(marker) ? trimmed.slice(0, -marker.length) : undefined;
    },
    unclosed: `unclosed ${options.name}: "${marker}" opens it but no "${marker}" closes it (put ${marker} on a line of its own where it ends)`,
    content: options.content,
  };
}

/**
 * Govspeak blocks such as `$C … $C`: everything from the opening marker to the closing one becomes
 * one element, its content parsed as Markdown (paragraphs, tables, headings, lists). As on GOV.UK,
 * the markers may stand on lines of their own or beside the text (`$CTA Start here $CTA`), and a
 * block may start on the line after a paragraph's text. A block with no closing marker is a
 * content mistake.
 */
export function blockMarker(options: BlockOptions) {
  return delimitedBlock(markerDelimiters(options), (children) => {
    if (options.keepLineBreaks) children.forEach(keepBreaks);
    return [container(options.tagName, options.properties, children)];
  });
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
  while (node.children[0]?.type === 'break') node.children.shift();
  while (node.children.at(-1)?.type === 'break') node.children.pop();
}
