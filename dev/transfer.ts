import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST } from './paths.ts';

// Pagefind's index files (and images) are compressed already; everything else is gzipped by the
// server (level 6, as deploy/nginx.conf sets it).
const ALREADY_COMPRESSED = /\.(pf_fragment|pf_index|pf_meta|pagefind|png|ico)$/;

/** The bytes a file costs to send: deterministic, whatever the network. */
export function transferBytes(path: string, dir = DIST): number {
  const bytes = readFileSync(join(dir, path === '/' ? 'index.html' : path));
  return ALREADY_COMPRESSED.test(path) ? bytes.length : gzipSync(bytes, { level: 6 }).length;
}
