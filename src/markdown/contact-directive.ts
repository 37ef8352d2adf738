import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { SiteRecords } from '../lib/content/records.ts';
import { internationalTelephone } from '../schemas/telephone.ts';
import { formatDate } from '../lib/site/dates.ts';
import { asElement, container, textNode } from './support/hast-node.ts';
import { replaceLeafDirectives } from './support/directives.ts';
import { reportProblem } from './support/problems.ts';

const link = (url: string, text: string): RootContent =>
  ({ type: 'link', url, children: [textNode(text)] }) as RootContent;
const paragraph = (children: RootContent[], className?: string): RootContent =>
  asElement({ type: 'paragraph', children } as RootContent, 'p', className ? { className: [className] } : {});

/**
 * `::contact{id="…"}`: a helpline's contact block from its record, so that a page never carries a
 * hand-typed (and so possibly stale) number or address. Email and telephone are links; the
 * telephone link is in international form so that it works from abroad.
 */
export function remarkContactDirective(records: Pick<SiteRecords, 'contacts' | 'organisations'>) {
  return () => (tree: Root, file: VFile) =>
    replaceLeafDirectives(tree, 'contact', (directive) => {
      const id = directive.attributes?.id;
      const contact = records.contacts.find((candidate) => candidate.id === id);
      if (!contact) {
        reportProblem(
          file,
          directive,
          id ? `::contact: there is no contact "${id}" in content/contacts.yaml` : '::contact needs id="…"',
        );
        return [];
      }
      const organisation = records.organisations.find((candidate) => candidate.id === contact.organisation);
      const formerly = organisation?.formerName
        ? [{ type: 'break' }, textNode(`Formerly the ${organisation.formerName} helpline`)]
        : [];
      const addressLines = contact.address.flatMap((line, index) =>
        index === 0 ? [textNode(line)] : [{ type: 'break' } as RootContent, textNode(line)],
      );
      return [
        container('div', { className: ['app-contact'] }, [
          paragraph([
            asElement({ type: 'strong', children: [textNode(contact.name)] } as RootContent, 'strong'),
            ...(formerly as RootContent[]),
          ]),
          asElement(
            {
              type: 'list',
              ordered: false,
              spread: false,
              children: [
                {
                  type: 'listItem',
                  children: [paragraph([textNode('Email: '), link(`mailto:${contact.email}`, contact.email)])],
                },
                {
                  type: 'listItem',
                  children: [
                    paragraph([
                      textNode('Telephone: '),
                      // Non-breaking spaces keep the number on one line.
                      link(
                        `tel:${internationalTelephone(contact.telephone)}`,
                        contact.telephone.replace(/ /g, '\u00a0'),
                      ),
                    ]),
                  ],
                },
              ],
            } as RootContent,
            'ul',
            { className: ['govuk-list'] },
          ),
          paragraph([textNode('Post:')]),
          container('address', { className: ['app-contact__address'] }, addressLines),
          paragraph(
            [textNode(`These contact details were last checked on ${formatDate(contact.checked)}.`)],
            'govuk-body-s',
          ),
        ]),
      ];
    });
}
