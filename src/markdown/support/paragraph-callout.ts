import type { Paragraph, Root, RootContent, Text } from 'mdast';
import { visitFlow } from './flow.ts';

export interface CalloutOptions {
  /** The one character that opens (and, optionally, closes) the callout. */
  marker: string;
  /** Builds the element that replaces the paragraph, given its (unmarked) content. */
  render: (paragraph: Paragraph) => RootContent;
}

/**
 * Govspeak callouts: a paragraph that starts with the marker becomes a callout; the marker at its
 * end is optional, since Govspeak treats an unclosed callout as one paragraph. A marker inside a
 * word or later in a paragraph is plain text.
 */
export function paragraphCallout({ marker, render }: CalloutOptions) {
  return () => (tree: Root) => {
    visitFlow(tree, (parent) => {
      parent.children.forEach((paragraph, index) => {
        if (paragraph.type !== 'paragraph') return;
        const first = paragraph.children[0];
        if (first?.type !== 'text' || !first.value.startsWith(marker)) return;
        const opened = first.value.slice(marker.length);
        // A lone marker, or one followed by a space ("% of people"), is text, not a callout.
        if (opened.length === 0 && paragraph.children.length === 1) return;
        if (/^\s/.test(opened)) return;
        first.value = opened;
        const last = paragraph.children.at(-1);
        if (last?.type === 'text' && last.value.endsWith(marker)) last.value = last.value.slice(0, -marker.length);
        paragraph.children = paragraph.children.filter(
          (child) => !(child.type === 'text' && (child as Text).value === ''),
        );
        parent.children[index] = render(paragraph) as (typeof parent.children)[number];
      });
    });
  };
}
