// The labelled query lists of tests/fixtures, read through the shared reader and scorer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../../dev/paths.ts';
import { readQueries as parseQueries, type LabelledQuery } from '../../src/lib/search/query-lists.ts';

export { percent, score, type LabelledQuery, type Scored } from '../../src/lib/search/query-lists.ts';

/** A list from tests/fixtures by its file name. */
export const readQueries = (file: string): LabelledQuery[] =>
  parseQueries(readFileSync(join(FIXTURES, file), 'utf8'), file);
