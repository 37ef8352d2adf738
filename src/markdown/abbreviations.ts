import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { asElement } from './support/hast-node.ts';
import { addSourceRule } from './support/source-lines.ts';

const DEFINITION = /^ {0,3}\*\[([^\]]+)\]:[ \t]*(.*?)\s*$/;
const KEY = 'govspeakAbbreviations';

/**
 * Govspeak (Kramdown) abbreviations: a line `*[GOV.UK]: The official UK government website`
 * anywhere in the page defines the abbreviation; every whole-word use of it in the text, callouts,
 * blocks, footnotes and link text included, becomes `<abbr title="…">`. The definition line itself
 * is not shown. A later definition of the same abbreviation replaces an earlier one.
 */
export function remarkAbbreviations(this: Processor) {
  addSourceRule(
    this,
    'abbreviations',
    (lines, { file }) => {
      const found = new Map<string, string>();
      const out = lines.map((line) => {
        const match = line.code ? null : DEFINITION.exec(line.text);
        if (!match) return line;
        found.set(match[1]!, match[2]!);
        return { text: '', line: line.line };
      });
      (file.data as Record<string, unknown>)[KEY] = found;
      return out;
    },
    /^ {0,3}\*\[/m,
  );
  return (tree: Root, file: VFile) => {
    const found = (file.data as Record<string, unknown>)[KEY] as Map<string, string> | undefined;
    if (!found || found.size === 0) return;
    // Longest first, so that "GOV.UK website" would win over "GOV.UK".
    const names = [...found.keys()].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}_])(?:${names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}_])`,
      'gu',
    );
    const visit = (parent: Parent) => {
      parent.children = parent.children.flatMap((child) => {
        if (child.type === 'text') return split(child, pattern, found) as never[];
        // An abbreviation already marked, code, and raw HTML are left as written.
        if ('children' in child && !(child.data as { hName?: string } | undefined)?.hName?.startsWith('abbr'))
          visit(child as Parent);
        return [child];
      });
    };
    visit(tree);
  };
}

function split(text: Text, pattern: RegExp, titles: Map<string, string>): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.value.matchAll(pattern)) {
    if (match.index > last) parts.push({ type: 'text', value: text.value.slice(last, match.index) });
    parts.push(
      asElement({ type: 'emphasis', children: [{ type: 'text', value: match[0] }] }, 'abbr', {
        title: titles.get(match[0]),
      }) as PhrasingContent,
    );
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return [text];
  if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
  return parts;
}
