import type { List, Root } from 'mdast';
import type { Processor } from 'unified';
import { asElement } from './support/hast-node.ts';
import { addSourceRule, type SourceLine } from './support/source-lines.ts';
import { isolatedSentinel, replaceSentinelPairs } from './support/sentinel.ts';

const STEP = /^[ \t]*s\d+\.\s+(.*)$/;

/**
 * Govspeak steps: consecutive lines `s1. …`, `s2. …` are one numbered list of steps. The numbers
 * written are not used (the list counts itself), as on GOV.UK.
 */
export function remarkSteps(this: Processor) {
  addSourceRule(
    this,
    'steps',
    (lines) => {
      const out: SourceLine[] = [];
      for (let index = 0; index < lines.length; index++) {
        if (lines[index]!.code || !STEP.test(lines[index]!.text)) {
          out.push(lines[index]!);
          continue;
        }
        const first = lines[index]!.line;
        out.push(...isolatedSentinel('open', 'steps', first));
        let last = first;
        for (; index < lines.length && !lines[index]!.code && STEP.test(lines[index]!.text); index++) {
          const line = lines[index]!;
          out.push({ text: `1. ${STEP.exec(line.text)![1]}`, line: line.line });
          last = line.line;
        }
        index--;
        out.push(...isolatedSentinel('close', 'steps', last));
      }
      return out;
    },
    /^[ \t]*s\d+\.\s/m,
  );
  return (tree: Root) =>
    replaceSentinelPairs(tree, 'steps', (children) =>
      children.map((child) =>
        child.type === 'list'
          ? asElement(child as List, 'ol', { className: ['govuk-list', 'govuk-list--number', 'app-steps'] })
          : child,
      ),
    );
}
