// The shipped nginx configuration, run by Debian's nginx over the built site: headers, status
// codes, compression, caching and content types, as a visitor's browser would receive them.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { startNginx } from '../../dev/nginx.ts';
import { DIST } from '../../dev/paths.ts';

let nginx: Awaited<ReturnType<typeof startNginx>>;
before(async () => {
  nginx = await startNginx();
});
after(() => nginx?.stop());

/** A raw GET (fetch would decompress and hide Content-Encoding). */
function get(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((resolve, reject) => {
    const req = request(`${nginx.origin}${path}`, { headers }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

const astroFile = (ext: string) => `/_astro/${readdirSync(join(DIST, '_astro')).find((file) => file.endsWith(ext))}`;
const pagefindFile = (ext: string) =>
  `/pagefind/${readdirSync(join(DIST, 'pagefind'), { recursive: true, encoding: 'utf8' }).find((file) => file.endsWith(ext))}`;

function assertSecurityHeaders(path: string, headers: Record<string, string | string[] | undefined>) {
  const csp = String(headers['content-security-policy']);
  assert.match(csp, /frame-ancestors 'none'/, path);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/, path);
  assert.match(csp, /worker-src 'self' blob:/, path);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/, path);
  assert.match(String(headers['strict-transport-security']), /^max-age=\d{8,}/, path);
  assert.equal(headers['x-content-type-options'], 'nosniff', path);
  assert.equal(headers['referrer-policy'], 'strict-origin-when-cross-origin', path);
  assert.match(String(headers['permissions-policy']), /camera=\(\)/, path);
}

test('HTML, CSS, JS and Pagefind files all carry the security headers', async () => {
  const paths = [
    '/',
    '/guidance/exporting-luxury-goods-north-korea.html',
    astroFile('.css'),
    astroFile('.js'),
    '/pagefind/pagefind.js',
    pagefindFile('.pf_fragment'),
    '/no-such-page',
  ];
  for (const path of paths) assertSecurityHeaders(path, (await get(path)).headers);
});

test('the home page and pages are served with status 200', async () => {
  for (const path of ['/', '/guidance/exporting-luxury-goods-north-korea.html', '/goods/caviar.html']) {
    assert.equal((await get(path)).status, 200, path);
  }
});

test('an unknown address gets the 404 page with status 404', async () => {
  const response = await fetch(`${nginx.origin}/guidance/no-such-page.html`);
  assert.equal(response.status, 404);
  assert.match(await response.text(), /Page not found/);
});

test('text is gzipped; compressed index files are not compressed again', async () => {
  for (const path of [
    '/',
    astroFile('.css'),
    astroFile('.js'),
    '/goods.json',
    '/goods.csv',
    '/changes.atom',
    '/sitemap.xml',
    '/favicon.svg',
    '/pagefind/pagefind.js',
  ]) {
    const { headers } = await get(path, { 'Accept-Encoding': 'gzip' });
    assert.equal(headers['content-encoding'], 'gzip', path);
  }
  const { headers } = await get(pagefindFile('.pf_fragment'), { 'Accept-Encoding': 'gzip' });
  assert.equal(headers['content-encoding'], undefined);
});

test('hashed assets are cached for a year, pages are revalidated', async () => {
  assert.equal((await get(astroFile('.css'))).headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal((await get(astroFile('.js'))).headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal((await get('/')).headers['cache-control'], 'no-cache');
  assert.equal((await get('/guidance/exporting-luxury-goods-north-korea.html')).headers['cache-control'], 'no-cache');
});

test('content types: HTML, CSS, JS, WebAssembly, Pagefind index files and the Atom feed', async () => {
  const type = async (path: string) => String((await get(path)).headers['content-type']);
  assert.equal(await type('/'), 'text/html; charset=utf-8');
  assert.equal(await type(astroFile('.css')), 'text/css; charset=utf-8');
  assert.match(await type(astroFile('.js')), /^application\/javascript/);
  assert.match(await type('/pagefind/pagefind.js'), /^application\/javascript/);
  assert.equal(await type(pagefindFile('.pf_fragment')), 'application/octet-stream');
  assert.equal(await type(pagefindFile('.pf_meta')), 'application/octet-stream');
  assert.equal(await type('/goods.csv'), 'text/csv; charset=utf-8');
  // Feed readers and browsers know the feed by its type.
  assert.equal(await type('/changes.atom'), 'application/atom+xml; charset=utf-8');
  const wasm = pagefindFile('.pagefind');
  assert.equal(await type(wasm), 'application/octet-stream');
});

test('no directory listings', async () => {
  for (const path of ['/_astro/', '/pagefind/', '/goods/', '/guidance/']) {
    const { status } = await get(path);
    assert.ok(status === 404 || status === 403, `${path}: ${status}`);
  }
});

test('public/_headers, for other static hosts, sends the same security headers as nginx', async () => {
  const { readFileSync } = await import('node:fs');
  const lines = readFileSync(join(DIST, '_headers'), 'utf8').split('\n');
  const start = lines.indexOf('/*');
  const rules = new Map<string, string>();
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('  ')) break;
    const [name, ...value] = line.trim().split(': ');
    rules.set(name!.toLowerCase(), value.join(': '));
  }
  const { headers } = await get('/');
  for (const name of [
    'content-security-policy',
    'strict-transport-security',
    'x-content-type-options',
    'referrer-policy',
    'permissions-policy',
    'cross-origin-opener-policy',
    'cache-control',
  ]) {
    assert.equal(rules.get(name), headers[name], name);
  }
});
