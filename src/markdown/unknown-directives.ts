import type { Parent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { textNode } from './support/hast-node.ts';
import { reportProblem } from './support/problems.ts';

/**
 * Runs after the site's own directives. A `::name` block left over is a mistake (a misspelt
 * directive would otherwise vanish from the page): the message names the directives the site has,
 * from the extension registry (index.ts). A `:name` inside a sentence ("Note:this") is ordinary
 * text that the directive syntax picked up, so it is put back as it was written.
 */
export function remarkUnknownDirectives(known: string[]) {
  const list = known.map((name) => `::${name}`);
  const these = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : (list[0] ?? 'none');
  return () => (tree: Root, file: VFile) => {
    // A plain walk (see support/walk.ts for why not unist-util-visit) that can remove and replace
    // the node it is at: the index only moves on when the node stays.
    const walkChildren = (parent: Parent) => {
      for (let index = 0; index < parent.children.length; index++) {
        const node = parent.children[index]!;
        if (node.type === 'leafDirective' || node.type === 'containerDirective') {
          reportProblem(
            file,
            node,
            `unknown directive "${node.type === 'leafDirective' ? '::' : ':::'}${node.name}" (this site has ${these})`,
          );
          parent.children.splice(index, 1);
          index--;
        } else if (node.type === 'textDirective') {
          const label = node.children.length > 0 ? `[${toString(node)}]` : '';
          const attributes = Object.entries(node.attributes ?? {});
          const braces =
            attributes.length > 0 ? `{${attributes.map(([key, value]) => `${key}="${value}"`).join(' ')}}` : '';
          parent.children.splice(index, 1, textNode(`:${node.name}${label}${braces}`) as RootContent as never);
        } else if ('children' in node) {
          walkChildren(node);
        }
      }
    };
    walkChildren(tree);
  };
}
