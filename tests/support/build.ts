import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT, ROOT } from '../../dev/paths.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs the project's real build script (`npm run build`) with the given folders. */
export function runBuild(env: {
  SITE_CONTENT_DIR?: string;
  SITE_OUT_DIR: string;
  SITE_URL?: string;
  SITE_ENV?: string;
}): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** One change to a content file: the text to find (exactly once) and what to put in its place. */
export interface ContentEdit {
  file: string;
  find: string;
  replace: string;
}

/**
 * A copy of the site's content with some files replaced or added (`overlay`, a folder, if it
 * exists) and some lines changed (`edits`), for a build that must fail. An edit whose text is not
 * in the file exactly once throws, so that a fixture cannot silently stop testing anything.
 */
export function contentWith(overlay: string, edits: ContentEdit[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(CONTENT, dir, { recursive: true });
  if (existsSync(overlay)) cpSync(overlay, dir, { recursive: true });
  for (const { file, find, replace } of edits) {
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const count = text.split(find).length - 1;
    if (count !== 1) throw new Error(`${file}: the text to change is there ${count} times, not once: ${find}`);
    writeFileSync(path, text.replace(find, replace));
  }
  return dir;
}
