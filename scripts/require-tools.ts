// The tests drive Debian's Chromium (no browser download works on these machines) and serve the
// site with Debian's nginx. Install them when this user can, or say exactly what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TOOLS = [
  { name: 'Chromium', path: '/usr/bin/chromium', pkg: 'chromium' },
  { name: 'nginx', path: '/usr/sbin/nginx', pkg: 'nginx-light' },
];

export function requireTools(): void {
  const missing = TOOLS.filter((tool) => !existsSync(tool.path));
  if (missing.length === 0) return;
  const packages = missing.map((tool) => tool.pkg);
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log(`Installing ${packages.join(' and ')} from Debian's packages for the tests…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const still = missing.filter((tool) => !existsSync(tool.path));
    if (still.length === 0) return;
  }
  console.error(
    `The tests need ${missing.map((tool) => `${tool.name} (${tool.path})`).join(' and ')}.\n` +
      `Install ${missing.length === 1 ? 'it' : 'them'} with:  sudo apt-get install -y ${packages.join(' ')}`,
  );
  process.exit(1);
}
