import type { Link, Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { asElement } from './support/hast-node.ts';
import { walk } from './support/walk.ts';

/**
 * Govspeak `x[text](https://…)x`: a link marked as leading to another website (`rel="external"`).
 * The `x` on each side must stand apart from other words, so "box[1](…)" is left alone.
 */
export function remarkExternalLink() {
  return (tree: Root, file: VFile) => {
    // Most pages have none: a look at the text spares a walk through every node.
    if (!String(file.value).includes(')x')) return;
    walk(tree, (node) => {
      const children = (node as Partial<Parent>).children;
      if (!children) return;
      children.forEach((child, index) => {
        if (child.type !== 'link') return;
        const before = children[index - 1];
        const after = children[index + 1];
        if (before?.type !== 'text' || after?.type !== 'text') return;
        if (!/(?:^|[^\p{L}\p{N}_])x$/u.test(before.value) || !/^x(?![\p{L}\p{N}_])/u.test(after.value)) return;
        (before as Text).value = before.value.slice(0, -1);
        (after as Text).value = after.value.slice(1);
        asElement(child as Link, 'a', { rel: ['external'] });
      });
      (node as Parent).children = children.filter((child) => !(child.type === 'text' && child.value === ''));
    });
  };
}
