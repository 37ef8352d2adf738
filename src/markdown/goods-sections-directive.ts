import type { Heading, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { visitFlow } from './support/flow.ts';
import type { SiteRecords } from '../lib/content/records.ts';
import { goodsAnchor, goodsUrl } from '../lib/routes/paths.ts';
import { asElement, textNode } from './support/hast-node.ts';
import { reportProblem } from './support/problems.ts';
import { selectGoods } from './support/select-goods.ts';

/**
 * `::goods-sections{group="…"}`: each goods category of the group as a heading (one level below the
 * heading the directive stands under) that links to the category's page, as `::goods-list` items
 * do, followed by its description, from the goods records.
 */
export function remarkGoodsSections(records: Pick<SiteRecords, 'goods'>) {
  return () => (tree: Root, file: VFile) => {
    let depth = 1;
    visitFlow(tree, (parent) => {
      for (let index = 0; index < parent.children.length; index++) {
        const node = parent.children[index]!;
        if (node.type === 'heading') depth = node.depth;
        if (node.type !== 'leafDirective' || node.name !== 'goods-sections') continue;
        const goods = selectGoods(records.goods, node, (message) => reportProblem(file, node, message));
        const sectionDepth = Math.min(depth + 1, 6) as Heading['depth'];
        const replacement: RootContent[] = goods.flatMap((item) => {
          const heading = asElement(
            {
              type: 'heading',
              depth: sectionDepth,
              children: [{ type: 'link', url: goodsUrl(item.id), children: [textNode(item.name)] }],
            } as RootContent,
            `h${sectionDepth}`,
            { id: goodsAnchor(item.id) },
          );
          if (!item.description) {
            reportProblem(file, node, `::goods-sections: "${item.id}" has no description to show (content/goods.yaml)`);
            return [heading];
          }
          return [heading, { type: 'paragraph', children: [textNode(item.description)] } as RootContent];
        });
        parent.children.splice(index, 1, ...(replacement as typeof parent.children));
        // The new headings are the goods', not the author's: carry on after them at the same depth.
        index += replacement.length - 1;
      }
    });
  };
}
