import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { SiteRecords } from '../lib/content/records.ts';
import { STATUS_LABELS } from '../lib/browser/status.ts';
import { asElement, container, textNode } from './support/hast-node.ts';
import { replaceLeafDirectives } from './support/directives.ts';
import { reportProblem } from './support/problems.ts';

const paragraph = (children: RootContent[], className?: string): RootContent =>
  asElement({ type: 'paragraph', children } as RootContent, 'p', className ? { className: [className] } : {});
const strong = (text: string, className: string): RootContent =>
  asElement({ type: 'strong', children: [textNode(text)] } as RootContent, 'strong', { className: [className] });

/**
 * `::rule-details{rule="…"}`: what a rule does, its status, the sources read for it (with their
 * addresses) and what those sources did not confirm, from the rule's record. A page that explains
 * a rule therefore never says more, or less, than the record every goods page shows.
 */
export function remarkRuleDetails(records: Pick<SiteRecords, 'rules'>) {
  return () => (tree: Root, file: VFile) =>
    replaceLeafDirectives(tree, 'rule-details', (directive) => {
      const id = directive.attributes?.rule;
      const rule = records.rules.find((candidate) => candidate.id === id);
      if (!rule) {
        reportProblem(
          file,
          directive,
          id ? `::rule-details: there is no rule "${id}" in content/rules.yaml` : '::rule-details needs rule="…"',
        );
        return [];
      }
      const status = STATUS_LABELS[rule.status];
      const sources = rule.sources.map(
        (source) =>
          ({
            type: 'listItem',
            children: [
              paragraph([
                source.url
                  ? ({ type: 'link', url: source.url, children: [textNode(source.title)] } as RootContent)
                  : textNode(source.title),
                ...(source.note ? [textNode(` (${source.note})`)] : []),
              ]),
            ],
          }) as RootContent,
      );
      return [
        container('div', { className: ['app-rule-details'] }, [
          paragraph([textNode('Status: '), strong(status.label, `govuk-tag ${status.tagClass}`)]),
          paragraph([textNode(rule.summary)]),
          paragraph([textNode('Sources read:')]),
          sources.length > 0
            ? asElement({ type: 'list', ordered: false, spread: false, children: sources } as RootContent, 'ul', {
                className: ['govuk-list', 'govuk-list--bullet'],
              })
            : paragraph([textNode('None: the source is not known.')]),
          paragraph([textNode(rule.sourceNote)]),
          container('div', { className: ['govuk-inset-text', 'app-rule-details__not-verified'] }, [
            paragraph([strong('Not verified:', 'app-rule-details__label'), textNode(` ${rule.notVerified}`)]),
          ]),
        ]),
      ];
    });
}
