import type { Root } from 'mdast';
import type { Node } from 'unist';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { walk } from './walk.ts';
import { reportProblem } from './problems.ts';

/** A line of the Markdown body as the parser will read it, with the line it was written on. */
export interface SourceLine {
  text: string;
  /** 1-based line of the body as the author wrote it. */
  line: number;
}

/** What a rule may do besides rewriting lines: note a mistake, or leave data for its transform. */
export interface SourceContext {
  file: VFile;
  problem(line: number, message: string): void;
}

/**
 * Govspeak is line-oriented: GOV.UK's renderer finds its markers in the text before Markdown is
 * parsed (a callout on the line after a paragraph, `$CTA` around a table, `s1.` steps). A rule sees
 * the body's lines before the parser does and may rewrite them (usually to put a block's markers on
 * lines of their own, see sentinel.ts), keeping each line's original number so that positions and
 * error lines still point at what the author wrote.
 */
export type SourceRule = (lines: SourceLine[], context: SourceContext) => SourceLine[];

interface SourceProblem {
  rule: string;
  line: number;
  message: string;
}

interface NamedRule {
  name: string;
  rule: SourceRule;
}

const RULES = 'govspeakSourceRules';

/**
 * Adds a rule to the processor's parser, in plugin order. The first rule wraps the parser once:
 * lines are split (CRLF and CR as LF, as GOV.UK does), every rule runs, the result is parsed, and
 * each node's line is mapped back to the line the author wrote.
 */
export function addSourceRule(processor: Processor, name: string, rule: SourceRule): void {
  const data = processor.data() as Record<string, unknown>;
  let rules = data[RULES] as NamedRule[] | undefined;
  if (!rules) {
    rules = [];
    data[RULES] = rules;
    const parse = processor.parser!;
    const all = rules;
    processor.parser = (document: string, file: VFile) => {
      let lines: SourceLine[] = document.split(/\r\n|\r|\n/).map((text, index) => ({ text, line: index + 1 }));
      const problems: SourceProblem[] = [];
      for (const each of all) {
        const context: SourceContext = {
          file,
          problem: (line, message) => problems.push({ rule: each.name, line, message }),
        };
        lines = each.rule(lines, context);
      }
      const tree = parse(lines.map((line) => line.text).join('\n'), file) as Root;
      const original = (line: number) => lines[line - 1]?.line ?? line;
      walk(tree, (node: Node) => {
        if (!node.position) return;
        node.position.start.line = original(node.position.start.line);
        node.position.end.line = original(node.position.end.line);
      });
      (tree.data as Record<string, unknown> | undefined) ??= {};
      (tree.data as Record<string, unknown>)[RULES] = problems;
      return tree;
    };
  }
  rules.push({ name, rule });
}

/**
 * Reports the mistakes a rule found, at the lines as written. Called from the rule's own transform:
 * problems recorded while parsing would be cleared when the page's rendered metadata starts empty.
 */
export function reportSourceProblems(tree: Root, file: VFile, rule: string): void {
  const problems = ((tree.data as Record<string, unknown> | undefined)?.[RULES] as SourceProblem[] | undefined) ?? [];
  for (const problem of problems.filter((each) => each.rule === rule))
    reportProblem(
      file,
      { type: 'text', position: { start: { line: problem.line, column: 1 }, end: { line: problem.line, column: 1 } } },
      problem.message,
    );
}

/**
 * Which lines are inside fenced code (```` ``` ```` or `~~~`): their text is shown as written, so
 * no rule touches it.
 */
export function fencedCodeLines(lines: SourceLine[]): Set<number> {
  const inside = new Set<number>();
  let fence: string | undefined;
  lines.forEach(({ text }, index) => {
    const match = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (fence) {
      inside.add(index);
      if (
        match &&
        match[1]![0] === fence[0] &&
        match[1]!.length >= fence.length &&
        /^\s*$/.test(text.slice(match[0].length))
      )
        fence = undefined;
    } else if (match) {
      fence = match[1];
      inside.add(index);
    }
  });
  return inside;
}
