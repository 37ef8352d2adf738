import { paragraphCallout } from './support/paragraph-callout.ts';
import { asElement, container } from './support/hast-node.ts';

/**
 * Govspeak `%text%`: a warning callout, shown as GOV.UK Frontend warning text. The text sits in a
 * div rather than the component's <strong> because a callout holds a paragraph (or a heading),
 * and neither can sit inside <strong>.
 */
export const remarkWarningCallout = paragraphCallout({
  marker: '%',
  name: 'warning-callout',
  render: (children) =>
    container('div', { className: ['govuk-warning-text', 'app-callout'], role: 'note', ariaLabel: 'Warning' }, [
      asElement({ type: 'text', value: '!' } as never, 'span', {
        className: ['govuk-warning-text__icon'],
        ariaHidden: 'true',
      }),
      container('div', { className: ['govuk-warning-text__text'] }, children),
    ]),
});
