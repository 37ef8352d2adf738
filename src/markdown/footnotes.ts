import type { Element, ElementContent, Root } from 'hast';
import { walk } from './support/walk.ts';
import type { VFile } from 'vfile';

/** What a footnote's "back" link says to a screen reader (the second reference to it adds "2"). */
export const footnoteBackLabel = (_index: number, reference: number) =>
  `go to where this is referenced${reference > 1 ? ` ${reference}` : ''}`;

/**
 * Footnotes (`text[^1]` and `[^1]: note`) as GOV.UK renders them: the reference reads
 * "[footnote 1]" rather than a bare number, and the links and the list carry the DPUB roles
 * (doc-noteref, doc-backlink, doc-endnotes) that say what they are. GitHub-flavoured Markdown
 * parses them; this names them.
 */
export function rehypeFootnotes() {
  return (tree: Root, file: VFile) => {
    // Most pages have none: a look at the text spares a walk through every element.
    if (!String(file.value).includes('[^')) return;
    walk(tree, (node) => {
      if (node.type !== 'element') return;
      const element = node as Element;
      const properties = element.properties;
      if (element.tagName === 'a' && properties.dataFootnoteRef !== undefined) {
        properties.role = 'doc-noteref';
        const number = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
        element.children = [{ type: 'text', value: `[footnote ${number}]` } as ElementContent];
      } else if (element.tagName === 'a' && properties.dataFootnoteBackref !== undefined) {
        properties.role = 'doc-backlink';
      } else if (element.tagName === 'section' && properties.dataFootnotes !== undefined) {
        properties.role = 'doc-endnotes';
      }
    });
  };
}
