// `npm run content:changes`: every change to a rule or goods category in the git history (each
// commit on the main line, and the working tree's edits) must come with a new entry in the
// record's history, which the files alone cannot show. `npm test` runs it first; run it before
// publishing from a clone. Exits 1 listing each record changed without an entry.
import { resolve } from 'node:path';
import { checkRecordHistory } from '../src/lib/content/record-revisions.ts';
import { formatProblem } from '../src/lib/content/yaml-records.ts';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const contentDir = process.env.SITE_CONTENT_DIR ?? 'content';
const check = checkRecordHistory(contentDir);

if (!check.available) {
  console.warn(
    `No git history at ${contentDir}: the records cannot be compared with an earlier state, so a change made without a history entry cannot be found here. Run this in a clone of the repository.`,
  );
  process.exit(0);
}
if (check.problems.length > 0) {
  const count = check.problems.length;
  console.error(
    `${count} change${count === 1 ? '' : 's'} to a record without a new history entry:\n${check.problems
      .map((problem) => `  - ${formatProblem(problem)}`)
      .join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `Every change to a rule or goods record has a history entry (${check.compared} changes to the record files compared${
    check.shallow ? '; this clone is shallow, so only the commits it holds' : ''
  }).`,
);
