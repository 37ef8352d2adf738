import type { Status } from '../../schemas/records.ts';
import { direction, type DirectionId } from '../../schemas/directions.ts';

/** What each status means for the reader, where its kind of rule does not say it (a ban does). */
export const STATUS_EXPLANATIONS: Record<Exclude<Status, 'banned'>, string> = {
  restricted:
    'The UN caps how much of these goods all countries together may supply to North Korea, with conditions. The cap is not permission: the EU law the UK’s replaced banned these supplies outright, and the UK’s position was not confirmed. Do not export them without asking the export control helpline.',
  prohibited: 'North Korea is reported not to let these goods in.',
  'licence-required': 'North Korea is reported to let these goods in only with an import licence.',
};

/**
 * What a status means for the reader under a kind of rule: a ban on exporting and a ban on
 * importing mean different things, and each kind of rule says what its ban means.
 */
export function statusExplanation(status: Status, kind: DirectionId): string {
  return status === 'banned' ? direction(kind).banned : STATUS_EXPLANATIONS[status];
}
