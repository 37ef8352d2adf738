// Every link in dist/ leads somewhere: internal paths and #fragments resolve, mailto: and tel:
// links are well formed (tel: in international form), and nothing else is anything but https.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages, page } from '../support/dist.ts';
import { DIST } from '../../dev/paths.ts';

const fileOf = (path: string) => join(DIST, path === '/' ? 'index.html' : path);
const idsCache = new Map<string, Set<string>>();
const idsOf = (path: string) => {
  if (!idsCache.has(path))
    idsCache.set(
      path,
      new Set(
        page(path)
          .querySelectorAll('[id]')
          .map((el) => el.id),
      ),
    );
  return idsCache.get(path)!;
};

test('every link and fragment in every page resolves', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const path of htmlPages()) {
    const html = page(path);
    const references = [
      ...html.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!),
      ...html.querySelectorAll('link[href]').map((link) => link.getAttribute('href')!),
      ...html.querySelectorAll('script[src]').map((script) => script.getAttribute('src')!),
      ...html.querySelectorAll('form[action]').map((form) => form.getAttribute('action')!),
    ];
    for (const href of references) {
      checked++;
      if (/^javascript:/i.test(href)) problems.push(`${path}: javascript: link`);
      else if (href.startsWith('mailto:')) {
        if (!/^mailto:[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(href)) problems.push(`${path}: malformed ${href}`);
      } else if (href.startsWith('tel:')) {
        if (!/^tel:\+\d{7,15}$/.test(href)) problems.push(`${path}: ${href} is not in international form`);
      } else if (/^[a-z][a-z0-9+.-]*:/i.test(href)) {
        if (!href.startsWith('https://')) problems.push(`${path}: ${href} is not https`);
      } else if (href.startsWith('#')) {
        if (href.length > 1 && !idsOf(path).has(decodeURIComponent(href.slice(1))))
          problems.push(`${path}: no element with id ${href}`);
      } else if (href.startsWith('/')) {
        const [target, fragment] = href.split('#') as [string, string | undefined];
        const clean = target.split('?')[0]!;
        if (!existsSync(fileOf(clean))) problems.push(`${path}: ${href} leads to no file`);
        else if (fragment && !idsOf(clean).has(decodeURIComponent(fragment)))
          problems.push(`${path}: ${href} has no such fragment`);
      } else {
        problems.push(`${path}: relative link ${href}`);
      }
    }
  }
  assert.ok(checked > 800, `${checked} links checked`);
  assert.deepEqual(problems, []);
});
