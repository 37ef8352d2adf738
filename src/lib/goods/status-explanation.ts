import type { Status } from '../../schemas/records.ts';
import { direction, type DirectionId } from '../../schemas/directions.ts';
import { STATUS_LABELS } from '../browser/status.ts';

/**
 * What a status means for the reader under a kind of rule: a ban on exporting and a ban on
 * importing mean different things, and each kind of rule says what its ban means.
 */
export function statusExplanation(status: Status, kind: DirectionId): string {
  return status === 'banned' ? direction(kind).banned : STATUS_LABELS[status].explanation;
}
