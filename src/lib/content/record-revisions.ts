import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { HISTORY_RECORDS } from './site-checks.ts';
import { RECORD_TYPES } from './records.ts';
import { unrecordedChanges } from './record-changes.ts';
import type { ContentProblem } from './yaml-records.ts';

export interface RecordHistoryCheck {
  /** False where there is no git history to compare with (a copy of the files, not a clone). */
  available: boolean;
  /** How many changes to a record file were compared: commits, and the working tree. */
  compared: number;
  /** True when the clone is shallow: commits before its oldest were not compared. */
  shallow: boolean;
  problems: ContentProblem[];
}

/**
 * Compares each record file with its previous published state, as far as git history holds it:
 * every commit on the main line (the first parent of each merge) with its first parent, and the
 * working tree with the last commit. A record whose content changed without a new history entry
 * is reported with the commit that changed it. Merges count as one change: what a branch changed
 * is checked where it joined the main line.
 */
export function checkRecordHistory(contentDir: string): RecordHistoryCheck {
  const cwd = resolve(contentDir);
  const git = (args: string[], input?: string) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024, stdio: 'pipe' });
  let top: string;
  try {
    top = git(['rev-parse', '--show-toplevel']).trim();
    git(['rev-parse', '--verify', 'HEAD']);
  } catch {
    return { available: false, compared: 0, shallow: false, problems: [] };
  }
  const shallow = git(['rev-parse', '--is-shallow-repository']).trim() === 'true';
  const commits = git(['rev-list', '--first-parent', '--parents', 'HEAD'])
    .trim()
    .split('\n')
    .map((line) => line.split(' ') as [string, ...string[]])
    .map(([commit, parent]) => ({ commit, parent }));
  const files = HISTORY_RECORDS.map((name) => ({
    name: `${contentDir.replace(/\/$/, '')}/${RECORD_TYPES[name].file}`,
    inRepo: relative(top, join(cwd, RECORD_TYPES[name].file)).replaceAll('\\', '/'),
    onDisk: join(cwd, RECORD_TYPES[name].file),
  }));

  // Which version (blob) of each file every commit and parent has, in one call to git.
  const revisions = [...new Set(commits.flatMap(({ commit, parent }) => (parent ? [commit, parent] : [commit])))];
  const queries = files.flatMap((file) => revisions.map((revision) => `${revision}:${file.inRepo}`));
  const answers = git(['cat-file', '--batch-check=%(objectname) %(objecttype)'], `${queries.join('\n')}\n`)
    .trim()
    .split('\n');
  const blobOf = new Map(
    queries.map((query, index) => [query, /^([0-9a-f]+) blob$/.exec(answers[index] ?? '')?.[1]] as const),
  );
  const text = (blob: string) => git(['cat-file', 'blob', blob]);
  const subject = (commit: string) => git(['log', '-1', '--format=%s', commit]).trim();

  const problems: ContentProblem[] = [];
  let compared = 0;
  for (const file of files) {
    for (const { commit, parent } of commits) {
      const before = parent && blobOf.get(`${parent}:${file.inRepo}`);
      const after = blobOf.get(`${commit}:${file.inRepo}`);
      if (!before || !after || before === after) continue;
      compared++;
      const since = `in commit ${commit.slice(0, 7)} (“${subject(commit)}”)`;
      problems.push(...unrecordedChanges(text(before), text(after), `${file.name} at ${commit.slice(0, 7)}`, since));
    }
    const head = blobOf.get(`${commits[0]!.commit}:${file.inRepo}`);
    if (head && existsSync(file.onDisk)) {
      const working = readFileSync(file.onDisk, 'utf8');
      const committed = text(head);
      if (working !== committed) {
        compared++;
        problems.push(...unrecordedChanges(committed, working, file.name, 'since the last commit'));
      }
    }
  }
  return { available: true, compared, shallow, problems };
}
