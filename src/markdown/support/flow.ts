import type { Parent, Root } from 'mdast';

/**
 * Calls `visit` for the tree and every block container in it (list items, block quotes, footnote
 * definitions, directives), in document order, without walking into paragraphs and other
 * phrasing content. The Govspeak blocks, callouts and directives are all block-level, and a
 * full-tree walk for each of them was the largest part of the site's own Markdown cost.
 */
export function visitFlow(tree: Root, visit: (parent: Parent) => void): void {
  const walk = (parent: Parent) => {
    visit(parent);
    for (const child of parent.children) {
      if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading' && child.type !== 'table')
        walk(child as Parent);
    }
  };
  walk(tree);
}
