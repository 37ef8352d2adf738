import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT } from './paths.ts';

export const NGINX = '/usr/sbin/nginx';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts Debian's nginx with the shipped deploy/nginx.conf, changed only where a host must change
 * it: the address it listens on (a free loopback port) and the folder it serves (dist/).
 */
export async function startNginx(): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  mkdirSync(join(prefix, 'logs'));
  const config = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8')
    .replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${DIST};`)
    // Debian's nginx runs its workers as www-data, which may not read the checkout; run as this user.
    .replace(
      /^worker_processes/m,
      `user ${process.getuid?.() === 0 ? 'root' : (process.env.USER ?? 'nobody')};\nworker_processes`,
    );
  writeFileSync(join(prefix, 'nginx.conf'), config);
  copyFileSync(join(ROOT, 'deploy/security-headers.conf'), join(prefix, 'security-headers.conf'));

  const check = spawnSync(NGINX, ['-t', '-c', join(prefix, 'nginx.conf'), '-p', prefix], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx refused the configuration:\n${check.stderr}`);
  const child = spawn(NGINX, ['-c', join(prefix, 'nginx.conf'), '-p', prefix, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await fetch(`${origin}/`);
      return { origin, stop: () => child.kill('SIGTERM') };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill('SIGKILL');
  throw new Error('nginx did not start');
}
