import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { ContentProblem } from './yaml-records.ts';
import { dateToIso } from '../../schemas/common.ts';

/** The fields that record a change rather than make one. */
const HISTORY_FIELDS = new Set(['updated', 'history']);

interface RecordState {
  fields: Record<string, string>;
  entries: number;
  hasHistory: boolean;
  line: number | undefined;
}

/**
 * Each record of a YAML record file by id: its fields as comparable text, and its history.
 * Undefined when the text is not a YAML list.
 */
function recordStates(text: string): Map<string, RecordState> | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const states = new Map<string, RecordState>();
  if (doc.errors.length > 0 || !isSeq(doc.contents)) return undefined;
  for (const node of doc.contents.items) {
    if (!isMap(node)) continue;
    const record = (node as Node).toJSON() as Record<string, unknown>;
    if (typeof record.id !== 'string') continue;
    const history = record.history;
    const historyKey = node.items.find((pair) => String((pair.key as { value?: unknown })?.value) === 'history');
    const at = (historyKey?.key ?? node) as Node;
    states.set(record.id, {
      // Values as data, not as written: re-wrapping a long line or re-quoting is not a change.
      fields: Object.fromEntries(
        Object.entries(record)
          .filter(([key]) => !HISTORY_FIELDS.has(key))
          .map(([key, value]) => [key, JSON.stringify(value, (_, inner: unknown) => dateToIso(inner))]),
      ),
      entries: Array.isArray(history) ? history.length : 0,
      hasHistory: Array.isArray(history),
      line: at.range ? lines.linePos(at.range[0]).line : undefined,
    });
  }
  return states;
}

/**
 * The records of a YAML record file whose content changed between two versions of it with no new
 * entry in their history: what the files alone cannot show (each version is valid on its own).
 * A record that had no history in the earlier version is left alone: it comes from before
 * records kept one. `since` names the earlier version in the message ("commit 1a2b3c4").
 */
export function unrecordedChanges(before: string, after: string, file: string, since: string): ContentProblem[] {
  const earlier = recordStates(before);
  const later = recordStates(after);
  // An earlier version that cannot be read gives nothing to compare with; a later one is an error.
  if (!later) return [{ file, message: `is not a YAML list of records, so its changes could not be compared` }];
  const problems: ContentProblem[] = [];
  for (const [id, now] of later) {
    const then = earlier?.get(id);
    if (!then?.hasHistory || now.entries > then.entries) continue;
    const keys = [...new Set([...Object.keys(then.fields), ...Object.keys(now.fields)])];
    const changed = keys.filter((key) => then.fields[key] !== now.fields[key]);
    if (changed.length === 0) continue;
    problems.push({
      file,
      line: now.line,
      field: `"${id}" → history`,
      message: `${changed.join(', ')} changed ${since} with no new history entry: add one that says what changed, dated the day it was made, and set updated to that date`,
    });
  }
  return problems;
}
