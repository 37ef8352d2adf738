import { paragraphCallout } from './support/paragraph-callout.ts';
import { container } from './support/hast-node.ts';

/** Govspeak `^text^`: an information callout, shown as GOV.UK Frontend inset text. */
export const remarkInformationCallout = paragraphCallout({
  marker: '^',
  name: 'information-callout',
  render: (children) =>
    container(
      'div',
      { className: ['govuk-inset-text', 'app-callout'], role: 'note', ariaLabel: 'Information' },
      children,
    ),
});
