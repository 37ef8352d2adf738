import { paragraphCallout } from './support/paragraph-callout.ts';
import { asElement, container } from './support/hast-node.ts';

/**
 * Govspeak `%text%`: a warning callout, shown as GOV.UK Frontend warning text. The text sits in a
 * div rather than the component's <strong> because a callout holds a paragraph, and a paragraph
 * cannot sit inside <strong>.
 */
export const remarkWarningCallout = paragraphCallout({
  marker: '%',
  render: (paragraph) =>
    container('div', { className: ['govuk-warning-text', 'app-callout'], role: 'note', ariaLabel: 'Warning' }, [
      asElement({ type: 'text', value: '!' } as never, 'span', {
        className: ['govuk-warning-text__icon'],
        ariaHidden: 'true',
      }),
      container('div', { className: ['govuk-warning-text__text'] }, [paragraph]),
    ]),
});
