import type { Paragraph, Root, RootContent } from 'mdast';
import { visitFlow } from './flow.ts';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { addSourceRule, MARK, marked, reportSourceProblems, type SourceLine, type SourceRule } from './source-lines.ts';

// Private-use characters: text an author cannot type by accident marks where a block opens and
// closes once a source rule has found it, so that the parser reads its content as ordinary Markdown
// (a table, a heading, a list) between two one-line paragraphs.
const START = MARK;
const END = '\uE001';

type Kind = 'open' | 'close';

/** A line holding only a sentinel, with the line of the marker it stands for. */
function sentinelLine(kind: Kind, name: string, line: number, argument = ''): SourceLine {
  return { text: `${START}${kind} ${name} ${argument}${END}`, line };
}

/** A sentinel on a line of its own, with blank lines around it so that it is a paragraph. */
export function isolatedSentinel(kind: Kind, name: string, line: number, argument = ''): SourceLine[] {
  return [{ text: '', line }, sentinelLine(kind, name, line, argument), { text: '', line }];
}

export interface Sentinel {
  kind: Kind;
  name: string;
  argument: string;
}

const PATTERN = new RegExp(`^${START}(open|close) (\\S+) (.*)${END}$`);

/** The sentinel a node is, if it is one. */
export function readSentinel(node: RootContent | undefined): Sentinel | undefined {
  if (node?.type !== 'paragraph' || node.children.length !== 1) return undefined;
  const only = node.children[0]!;
  if (only.type !== 'text') return undefined;
  const match = PATTERN.exec(only.value);
  return match ? { kind: match[1] as Kind, name: match[2]!, argument: match[3]! } : undefined;
}

/**
 * Replaces each `open name` … `close name` pair of sentinels, and what lies between them, with the
 * nodes `build` returns. Pairs are always siblings: the rules write them at the start of lines.
 */
export function replaceSentinelPairs(
  tree: Root,
  name: string,
  build: (children: RootContent[], argument: string, open: Paragraph) => RootContent[],
): void {
  if (!marked(tree, name)) return;
  visitFlow(tree, (parent) => {
    const children = parent.children as RootContent[];
    for (let index = 0; index < children.length; index++) {
      const open = readSentinel(children[index]);
      if (open?.kind !== 'open' || open.name !== name) continue;
      let depth = 0;
      let end = index + 1;
      for (; end < children.length; end++) {
        const sentinel = readSentinel(children[end]);
        if (sentinel?.name !== name) continue;
        if (sentinel.kind === 'open') depth++;
        else if (depth-- === 0) break;
      }
      // Rules write sentinels in pairs; should one ever lack its partner, it is dropped, not shown.
      if (end === children.length) {
        children.splice(index--, 1);
        continue;
      }
      const replacement = build(children.slice(index + 1, end), open.argument, children[index] as Paragraph);
      children.splice(index, end - index + 1, ...replacement);
      index += replacement.length - 1;
    }
  });
}

export interface Delimiters {
  /** The sentinel name (and the name of the rule, for its problems). */
  name: string;
  /** Text a page must contain to have such a block (its opening marker). */
  probe: string;
  /**
   * If the line opens a block: what follows the marker on the line, and whether it must be closed
   * (a marker followed by letters, as in `$CTAClick here$CTA`, opens a block only when it is closed).
   */
  opens(text: string): { rest: string; mustClose: boolean } | undefined;
  /** If the line (or what follows the opening marker) closes the block: the text before the marker. */
  closes(text: string): string | undefined;
  /** The error message for a block opened on `line` and never closed. */
  unclosed: string;
  /** Adjusts the block's content lines (addresses drop trailing spaces and backslashes). */
  content?(lines: SourceLine[]): SourceLine[];
  /** The sentinel's argument, from the opening line. */
  argument?(text: string): string;
}

/**
 * A source rule for blocks written between an opening and a closing marker at the start and end of
 * lines, the way GOV.UK finds them: the first line that ends with the marker closes the block, on
 * the same line or a later one; the text beside a marker is content. Each block found becomes a
 * sentinel pair around its content; an opening marker never closed is reported.
 */
function delimitedRule(delimiters: Delimiters): SourceRule {
  return (lines, context) => {
    const out: SourceLine[] = [];
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index]!;
      const opened = line.code ? undefined : delimiters.opens(line.text);
      if (!opened) {
        out.push(line);
        continue;
      }
      const content: SourceLine[] = [];
      let end: number | undefined;
      const sameLine = delimiters.closes(opened.rest);
      if (sameLine !== undefined && opened.rest.trim() !== '') {
        end = index;
        content.push({ text: sameLine.trim(), line: line.line });
      } else {
        if (opened.rest.trim() !== '') content.push({ text: opened.rest.trim(), line: line.line });
        for (let next = index + 1; next < lines.length; next++) {
          const before = lines[next]!.code ? undefined : delimiters.closes(lines[next]!.text);
          if (before === undefined) {
            content.push(lines[next]!);
            continue;
          }
          if (before.trim() !== '') content.push({ text: before.trimEnd(), line: lines[next]!.line });
          end = next;
          break;
        }
      }
      if (end === undefined) {
        if (opened.mustClose) context.problem(line.line, delimiters.unclosed);
        out.push(line);
        continue;
      }
      const argument = delimiters.argument?.(line.text) ?? '';
      out.push(
        ...isolatedSentinel('open', delimiters.name, line.line, argument),
        ...(delimiters.content ? delimiters.content(content) : content).filter(
          (each, position, all) => !(each.text.trim() === '' && (position === 0 || position === all.length - 1)),
        ),
        ...isolatedSentinel('close', delimiters.name, lines[end]!.line),
      );
      index = end;
    }
    return out;
  };
}

/**
 * Delimiters written as an opening and a closing string (`{stat-headline}` … `{/stat-headline}`,
 * `:wales:` … `:wales:`): the opening one starts a line, the closing one ends a line.
 */
export function pairDelimiters(options: { name: string; open: string; close: string }): Delimiters {
  const { open, close } = options;
  return {
    name: options.name.replaceAll(' ', '-'),
    probe: open,
    opens: (text) => (text.startsWith(open) ? { rest: text.slice(open.length), mustClose: true } : undefined),
    closes(text) {
      const trimmed = text.trimEnd();
      return trimmed.endsWith(close) ? trimmed.slice(0, -close.length) : undefined;
    },
    unclosed: `unclosed ${options.name}: "${open}" opens it but no "${close}" closes it (put ${close} at the end of its last line)`,
  };
}

/**
 * A remark plugin for a delimited block: the source rule that finds it and the transform that
 * replaces it with what `build` returns. Reports blocks never closed.
 */
export function delimitedBlock(
  delimiters: Delimiters,
  build: (children: RootContent[], argument: string) => RootContent[],
) {
  return function (this: Processor) {
    addSourceRule(this, delimiters.name, delimitedRule(delimiters), delimiters.probe);
    return (tree: Root, file: VFile) => {
      reportSourceProblems(tree, file, delimiters.name);
      replaceSentinelPairs(tree, delimiters.name, (children, argument) => build(children, argument));
    };
  };
}
