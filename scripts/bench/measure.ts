// Wall time and peak memory of a whole build: every process it starts (Node, Pagefind's binary)
// is in one process group, whose resident memory is summed from /proc a few times a second.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Resident bytes of every process in the group, by program name (node, pagefind_extended…). */
function groupRss(group: number): Map<string, number> {
  const byProgram = new Map<string, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces): state, ppid, pgrp, …
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== group) continue;
      const program = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      if (rss) byProgram.set(program, (byProgram.get(program) ?? 0) + Number(rss[1]) * 1024);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return byProgram;
}

export interface Run {
  seconds: number;
  peakBytes: number;
  /** Each program's own peak, to tell which part of the build needs the memory. */
  peakByProgram: Map<string, number>;
  status: number | null;
  output: string;
}

export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<Run> {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let peakBytes = 0;
    const peakByProgram = new Map<string, number>();
    const sampler = setInterval(() => {
      const sample = groupRss(child.pid!);
      peakBytes = Math.max(
        peakBytes,
        [...sample.values()].reduce((sum, bytes) => sum + bytes, 0),
      );
      for (const [program, bytes] of sample)
        peakByProgram.set(program, Math.max(peakByProgram.get(program) ?? 0, bytes));
    }, 100);
    child.on('close', (status) => {
      clearInterval(sampler);
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peakBytes, peakByProgram, status, output });
    });
  });
}

export function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, file) => {
    const stat = statSync(join(dir, file));
    return stat.isFile() ? sum + stat.size : sum;
  }, 0);
}
