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
  /** Inside fenced code (```` ``` ```` or `~~~`): shown as written, so no rule touches it. */
  code?: boolean;
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
  probe: string | RegExp;
}

const RULES = 'govspeakSourceRules';
const MARKED = 'govspeakMarked';
/** The first character of a sentinel line (see sentinel.ts). */
export const MARK = '\uE000';

/**
 * Whether a rule marked anything named `name` in this page: most pages have no Govspeak at all,
 * and their transforms need not look for it.
 */
export function marked(tree: Root, name: string): boolean {
  return ((tree as { data?: Record<string, unknown> }).data?.[MARKED] as Set<string> | undefined)?.has(name) ?? true;
}

/**
 * Adds a rule to the processor's parser, in plugin order; `probe` is text (or a pattern) the page
 * must contain for the rule to have anything to do. The first rule wraps the parser once:
 * lines are split (CRLF and CR as LF, as GOV.UK does), every rule runs, the result is parsed, and
 * each node's line is mapped back to the line the author wrote.
 */
export function addSourceRule(processor: Processor, name: string, rule: SourceRule, probe: string | RegExp): void {
  const data = processor.data() as Record<string, unknown>;
  let rules = data[RULES] as NamedRule[] | undefined;
  if (!rules) {
    rules = [];
    data[RULES] = rules;
    const parse = processor.parser!;
    const all = rules;
    processor.parser = (document: string, file: VFile) => {
      let lines: SourceLine[] = markFencedCode(
        document.split(/\r\n|\r|\n/).map((text, index) => ({ text, line: index + 1 })),
      );
      const problems: SourceProblem[] = [];
      for (const each of all) {
        // Most pages use little or no Govspeak: a rule whose marker is nowhere in the page is skipped.
        if (typeof each.probe === 'string' ? !document.includes(each.probe) : !each.probe.test(document)) continue;
        const context: SourceContext = {
          file,
          problem: (line, message) => problems.push({ rule: each.name, line, message }),
        };
        lines = each.rule(lines, context);
      }
      const tree = parse(lines.map((line) => line.text).join('\n'), file) as Root;
      const original = (line: number) => lines[line - 1]?.line ?? line;
      if (lines.some((line, index) => line.line !== index + 1))
        walk(tree, (node: Node) => {
          if (!node.position) return;
          node.position.start.line = original(node.position.start.line);
          node.position.end.line = original(node.position.end.line);
        });
      const data = ((tree as { data?: Record<string, unknown> }).data ??= {});
      data[RULES] = problems;
      data[MARKED] = new Set(lines.filter((line) => line.text.startsWith(MARK)).map((line) => line.text.split(' ')[1]));
      return tree;
    };
  }
  rules.push({ name, rule, probe });
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

/** Marks the lines inside fenced code, once for every rule. */
function markFencedCode(lines: SourceLine[]): SourceLine[] {
  let fence: string | undefined;
  for (const line of lines) {
    const match = /^ {0,3}(`{3,}|~{3,})/.exec(line.text);
    if (fence) {
      line.code = true;
      if (
        match &&
        match[1]![0] === fence[0] &&
        match[1]!.length >= fence.length &&
        /^\s*$/.test(line.text.slice(match[0].length))
      )
        fence = undefined;
    } else if (match) {
      fence = match[1];
      line.code = true;
    }
  }
  return lines;
}
