import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { asElement } from './support/hast-node.ts';
import { walk } from './support/walk.ts';

/** The front matter option: `true` numbers h2 to h6; a list of levels numbers only those. */
export type AutoNumberedHeadings = boolean | number[];

/**
 * Govspeak's auto-numbered headings, turned on per page with `autoNumberedHeadings` in the front
 * matter: h2s are numbered "1.", "2.", their h3s "1.1", "1.2", and so on down; headings at levels
 * not listed keep their text. A heading's id is made from its text without the number (as on
 * GOV.UK), so links to it do not change when a heading is added before it.
 * Reads the front matter, so it runs before the page's rendered metadata starts empty.
 */
export function remarkAutoNumberedHeadings() {
  return (tree: Root, file: VFile) => {
    const option = (file.data as { astro?: { frontmatter?: { autoNumberedHeadings?: AutoNumberedHeadings } } }).astro
      ?.frontmatter?.autoNumberedHeadings;
    if (!option) return;
    const levels = option === true ? [2, 3, 4, 5, 6] : option;
    const counters = [0, 0, 0, 0, 0, 0, 0];
    const slugger = new GithubSlugger();
    walk(tree, (node) => {
      if (node.type !== 'heading') return;
      const heading = node as Heading;
      // Every heading gets its id here, numbered or not, so that no two share one.
      asElement(heading, `h${heading.depth}`, { id: slugger.slug(toString(heading)) });
      if (heading.depth < 2) return;
      counters[heading.depth]!++;
      counters.fill(0, heading.depth + 1);
      if (!levels.includes(heading.depth)) return;
      const parts = counters.slice(2, heading.depth + 1);
      const number = parts.length === 1 ? `${parts[0]}.` : parts.join('.');
      heading.children.unshift({ type: 'text', value: `${number} ` });
    });
  };
}
