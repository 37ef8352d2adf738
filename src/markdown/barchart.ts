import type { PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { asElement, container } from './support/hast-node.ts';
import { addSourceRule, marked, type SourceLine } from './support/source-lines.ts';
import { isolatedSentinel, readSentinel } from './support/sentinel.ts';
import { reportProblem } from './support/problems.ts';
import { visitFlow } from './support/flow.ts';

const BARCHART = /^\{barchart([^}]*)\}\s*$/;

/** A cell's number ("1,200", "-3.5", "45%"), if it holds only one. */
function cellNumber(cell: TableCell): number | undefined {
  const text = toString(cell).trim().replace(/,/g, '').replace(/%$/, '');
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/**
 * Draws each number's bar in its cell, as wide as the number is against the table's largest (in
 * steps of 5%, one class each: no inline style, which the Content-Security-Policy would refuse).
 * The bars are hidden from screen readers, which read the numbers.
 */
function drawBars(table: Table): void {
  const cells = table.children.slice(1).flatMap((row) => row.children.slice(1));
  const largest = Math.max(0, ...cells.map((cell) => Math.abs(cellNumber(cell) ?? 0)));
  if (largest === 0) return;
  for (const cell of cells) {
    const value = cellNumber(cell);
    if (value === undefined) continue;
    const width = Math.round((Math.abs(value) / largest) * 20) * 5;
    const bar = asElement({ type: 'emphasis', children: [] } as PhrasingContent, 'span', {
      className: [
        'app-barchart__bar',
        `app-barchart__bar--${width}`,
        ...(value < 0 ? ['app-barchart__bar--negative'] : []),
      ],
      ariaHidden: 'true',
    });
    cell.children.unshift(bar);
  }
}

/**
 * Govspeak `{barchart}` on the line after a table. GOV.UK draws the chart with JavaScript from the
 * table; here the table stays a table (the data, readable and printable), set in a bar chart box,
 * and each number gets a bar drawn with CSS. `stacked`, `compact` and `negative` are accepted; stacked bars are drawn
 * side by side.
 */
export function remarkBarchart(this: Processor) {
  addSourceRule(
    this,
    'barchart',
    (lines) => {
      return lines.flatMap((line): SourceLine[] => {
        const match = line.code ? null : BARCHART.exec(line.text);
        if (!match) return [line];
        // The sentinel is a paragraph of its own: the line can no longer be read as a table row.
        return [...isolatedSentinel('open', 'barchart', line.line, match[1]!.trim().split(/\s+/).join(','))];
      });
    },
    '{barchart',
  );
  return (tree: Root, file: VFile) => {
    if (!marked(tree, 'barchart')) return;
    visitFlow(tree, (parent) => {
      const children = parent.children as RootContent[];
      for (let index = 0; index < children.length; index++) {
        const sentinel = readSentinel(children[index]);
        if (sentinel?.name !== 'barchart') continue;
        const table = children[index - 1];
        if (table?.type === 'table') {
          // Only compact changes the drawing: stacked bars are drawn side by side, and a negative
          // number's bar is marked on its own.
          const options = sentinel.argument.split(',').filter((option) => option === 'compact');
          drawBars(table as Table);
          children[index - 1] = container(
            'div',
            { className: ['app-barchart', ...options.map((option) => `app-barchart--${option}`)] },
            [table],
          );
        } else {
          reportProblem(file, children[index], '{barchart} must be on the line after a table');
        }
        children.splice(index, 1);
        index--;
      }
    });
  };
}
