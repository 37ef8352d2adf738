import type { Root } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { visitFlow } from './flow.ts';

/** Calls `handle` for each `::name{…}` leaf directive; it returns the nodes that replace it. */
export function replaceLeafDirectives(
  tree: Root,
  name: string,
  handle: (directive: LeafDirective) => Root['children'],
) {
  visitFlow(tree, (parent) => {
    for (let index = 0; index < parent.children.length; index++) {
      const node = parent.children[index]!;
      if (node.type !== 'leafDirective' || node.name !== name) continue;
      const replacement = handle(node);
      parent.children.splice(index, 1, ...(replacement as typeof parent.children));
      index += replacement.length - 1;
    }
  });
}
