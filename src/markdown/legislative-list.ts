import type { List } from 'mdast';
import { asElement, container } from './support/hast-node.ts';
import { delimitedBlock, pairDelimiters } from './support/sentinel.ts';
import { walk } from './support/walk.ts';

const OPEN = '$LegislativeList';
const CLOSE = '$EndLegislativeList';

/**
 * Govspeak `$LegislativeList … $EndLegislativeList`: a list whose numbers the author writes
 * (`* 1.`, `* a)`, `* ii.`), as in legislation. Inside it, `1.` starts no numbered list of its own:
 * the numbers are text. Bulleted lists become ordered lists without generated numbers.
 */
export const remarkLegislativeList = delimitedBlock(
  {
    ...pairDelimiters({ name: 'legislative list', open: OPEN, close: CLOSE }),
    opens: (text) => (text.trim() === OPEN ? { rest: '', mustClose: true } : undefined),
    // "1." and "1)" after any bullets are text here, not the start of a numbered list.
    content: (lines) =>
      lines.map((line) => ({
        ...line,
        text: line.text.replace(/^(\s*(?:[*+-][ \t]+)*)(\d{1,9})([.)])(?=[ \t]|$)/, '$1$2\\$3'),
      })),
  },
  (children) => {
    for (const child of children)
      walk(child, (node) => {
        if (node.type !== 'list') return;
        const list = node as List;
        list.ordered = true;
        list.start = null;
        asElement(list, 'ol', { className: ['app-legislative-list__list'] });
      });
    return [container('div', { className: ['app-legislative-list'] }, children)];
  },
);
