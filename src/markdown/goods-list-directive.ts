import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { SiteRecords } from '../lib/content/records.ts';
import { goodsAnchor, goodsUrl } from '../lib/routes/paths.ts';
import { asElement, textNode } from './support/hast-node.ts';
import { replaceLeafDirectives } from './support/directives.ts';
import { reportProblem } from './support/problems.ts';
import { selectGoods } from './support/select-goods.ts';

/** The wordings a list can be given in: the list's own (`name`), or a dated copy's (`earlierWording`). */
const WORDINGS = ['earlier'] as const;

/**
 * `::goods-list{rule="…"}` (or `group="…"`): a bulleted list of goods categories drawn from the
 * goods records, each linking to its own page. The records are the only copy of the list.
 * `wording="earlier"` lists them as an earlier copy of the list words them, where it did differently
 * (a page that reproduces that copy keeps its words).
 */
export function remarkGoodsList(records: Pick<SiteRecords, 'goods'>) {
  return () => (tree: Root, file: VFile) =>
    replaceLeafDirectives(tree, 'goods-list', (directive) => {
      const { wording, ...attributes } = directive.attributes ?? {};
      if (wording !== undefined && !(WORDINGS as readonly string[]).includes(wording ?? ''))
        reportProblem(
          file,
          directive,
          `::goods-list: wording="${wording}" is not known; use wording="earlier" or leave it out`,
        );
      const earlier = wording === 'earlier';
      const goods = selectGoods(records.goods, { ...directive, attributes }, (message) =>
        reportProblem(file, directive, message),
      );
      if (goods.length === 0) return [];
      const items = goods.map((item) =>
        asElement(
          {
            type: 'listItem',
            children: [
              {
                type: 'paragraph',
                children: [
                  {
                    type: 'link',
                    url: goodsUrl(item.id),
                    children: [textNode(earlier ? (item.earlierWording ?? item.name) : item.name)],
                  } as RootContent,
                ],
              },
            ],
          } as RootContent,
          'li',
          { id: goodsAnchor(item.id) },
        ),
      );
      return [
        asElement({ type: 'list', ordered: false, spread: false, children: items } as RootContent, 'ul', {
          className: ['govuk-list', 'govuk-list--bullet', 'app-goods-list'],
        }),
      ];
    });
}
