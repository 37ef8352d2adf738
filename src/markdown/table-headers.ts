import type { Element, Root as HastRoot } from 'hast';
import type { PhrasingContent, Root, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { asElement } from './support/hast-node.ts';
import { walk } from './support/walk.ts';
import { visitFlow } from './support/flow.ts';
import type { VFile } from 'vfile';

const HASH = /^#(?:[ \t]+|$)/;

/** Removes a leading `# ` from a cell's first text; true if there was one. */
function unmark(cell: TableCell): boolean {
  const first = cell.children[0] as PhrasingContent | undefined;
  if (first?.type !== 'text' || !HASH.test(first.value)) return false;
  first.value = first.value.replace(HASH, '');
  if (first.value === '') cell.children.shift();
  return true;
}

/**
 * Govspeak table headers: a cell written `|# Row header |` in the first column is a row header
 * (`<th scope="row">`); header-row cells are column headers (`scope="col"`), their `# ` dropped; an
 * empty header cell is a plain cell, since a header must say something. Column alignment becomes
 * a class rather than the obsolete `align` attribute.
 */
export function remarkTableHeaders() {
  return (tree: Root) => {
    // Tables are blocks: only block containers need looking into.
    visitFlow(tree, (parent) => {
      for (const node of parent.children) {
        if (node.type === 'table') markHeaders(node as Table);
      }
    });
  };
}

function markHeaders(table: Table): void {
  const align = table.align ?? [];
  table.align = null;
  table.children.forEach((row, rowIndex) => {
    row.children.forEach((cell, column) => {
      const alignment = align[column];
      const className = alignment ? [`app-cell-text-${alignment}`] : undefined;
      const marked = rowIndex === 0 || column === 0 ? unmark(cell) : false;
      const empty = toString(cell).trim() === '' && cell.children.length === 0;
      if (rowIndex === 0) {
        asElement(cell, empty ? 'td' : 'th', { ...(className && { className }), ...(!empty && { scope: 'col' }) });
      } else if (marked && !empty) {
        asElement(cell, 'th', { scope: 'row', ...(className && { className }) });
      } else if (className) {
        asElement(cell, 'td', { className });
      }
    });
  });
}

/**
 * The same classes for alignment written in raw HTML tables (`<td style="text-align: center">`):
 * the sanitiser drops every style attribute, so the alignment is kept as a class, the last
 * text-align winning, as on GOV.UK. Runs in the rehype stage, before the sanitiser.
 */
export function rehypeTableCellAlignment() {
  return (tree: HastRoot, file: VFile) => {
    if (!String(file.value).includes('text-align')) return;
    walk(tree, (node) => {
      const element = node as Element;
      if (element.type !== 'element' || (element.tagName !== 'td' && element.tagName !== 'th')) return;
      const style = element.properties.style;
      if (typeof style !== 'string') return;
      const alignment = [...style.matchAll(/text-align:\s*(left|center|right)/g)].at(-1)?.[1];
      delete element.properties.style;
      if (alignment)
        element.properties.className = [
          ...((element.properties.className as string[]) ?? []),
          `app-cell-text-${alignment}`,
        ];
    });
  };
}
