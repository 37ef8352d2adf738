import type { Status } from '../../schemas/records.ts';

/**
 * How each status reads and which GOV.UK Frontend tag colour shows it: a colour of its own for
 * each status, so that a tag can be told apart at a glance (tests/lib/browser/status.test.ts checks).
 * What each means for the reader is in src/lib/goods/status-explanation.ts: pages say it, the
 * browser's script does not need it.
 */
export const STATUS_LABELS: Record<Status, { label: string; tagClass: string }> = {
  banned: { label: 'Banned', tagClass: 'govuk-tag--red' },
  restricted: { label: 'Restricted', tagClass: 'govuk-tag--orange' },
  prohibited: { label: 'Prohibited', tagClass: 'govuk-tag--purple' },
  'licence-required': { label: 'Licence required', tagClass: 'govuk-tag--yellow' },
};
