import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { DIST } from './paths.ts';

/**
 * Serves dist/ on a free loopback port, as a static host would (404.html with status 404). The
 * header and deployment tests use Debian's nginx with the production config instead.
 */
export async function serveDist(dir = DIST): Promise<{ origin: string; close: () => Promise<void> }> {
  const files = sirv(dir, { dev: false, etag: true, extensions: [] });
  const notFound = readFileSync(join(dir, '404.html'));
  const server: Server = createServer((request, response) =>
    files(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
