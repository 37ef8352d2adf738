import type { Status } from '../../schemas/records.ts';

/**
 * How each status reads and which GOV.UK Frontend tag colour shows it: a colour of its own for
 * each status, so that a tag can be told apart at a glance (tests/lib/browser/status.test.ts checks).
 */
export const STATUS_LABELS: Record<Status, { label: string; tagClass: string; explanation: string }> = {
  banned: {
    label: 'Banned',
    tagClass: 'govuk-tag--red',
    explanation: 'You must not export these goods from the UK to North Korea.',
  },
  restricted: {
    label: 'Restricted',
    tagClass: 'govuk-tag--orange',
    explanation:
      'The UN caps how much of these goods all countries together may supply to North Korea, with conditions. The cap is not permission: the EU law the UK’s replaced banned these supplies outright, and the UK’s position was not confirmed. Do not export them without asking the export control helpline.',
  },
  prohibited: {
    label: 'Prohibited',
    tagClass: 'govuk-tag--purple',
    explanation: 'North Korea is reported not to let these goods in.',
  },
  'licence-required': {
    label: 'Licence required',
    tagClass: 'govuk-tag--yellow',
    explanation: 'North Korea is reported to let these goods in only with an import licence.',
  },
};
