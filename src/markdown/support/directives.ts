import type { Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';

/** Calls `handle` for each `::name{…}` leaf directive; it returns the nodes that replace it. */
export function replaceLeafDirectives(
  tree: Root,
  name: string,
  handle: (directive: LeafDirective) => Root['children'],
) {
  visit(tree, 'leafDirective', (directive, index, parent) => {
    if (directive.name !== name || !parent || index === undefined) return;
    const replacement = handle(directive);
    parent.children.splice(index, 1, ...(replacement as typeof parent.children));
    return index + replacement.length;
  });
}
