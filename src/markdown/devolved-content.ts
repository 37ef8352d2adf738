import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { container, textNode } from './support/hast-node.ts';
import { delimitedBlock, pairDelimiters } from './support/sentinel.ts';

/** The nations and regions GOV.UK content can be devolved to, and what the section says. */
const REGIONS: Record<string, string> = {
  england: 'England',
  'england-wales': 'England and Wales',
  london: 'London',
  'northern-ireland': 'Northern Ireland',
  scotland: 'Scotland',
  wales: 'Wales',
};

const plugins = Object.entries(REGIONS).map(([region, place]) =>
  delimitedBlock(
    pairDelimiters({ name: `devolved ${region}`, open: `:${region}:`, close: `:${region}:` }),
    (children) => [
      container('div', { className: ['app-devolved'] }, [
        container('p', { className: ['app-devolved__header'] }, [textNode(`This section applies to ${place}`)]),
        container('div', { className: ['app-devolved__body'] }, children),
      ]),
    ],
  ),
);

/**
 * Govspeak devolved content, `:scotland: … :scotland:` (and `:england:`, `:england-wales:`,
 * `:london:`, `:northern-ireland:`, `:wales:`): a section that applies to one nation or region,
 * headed with where it applies.
 */
export function remarkDevolvedContent(this: Processor) {
  const transforms = plugins.map((plugin) => plugin.call(this));
  return (tree: Root, file: VFile) => transforms.forEach((transform) => transform(tree, file));
}
