import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
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

/** A copy of the site's content with some files replaced or added, for a build that must fail. */
export function contentWith(overlay: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(CONTENT, dir, { recursive: true });
  cpSync(overlay, dir, { recursive: true });
  return dir;
}
