import type { Definition, Link, Root } from 'mdast';
import type { VFile } from 'vfile';
import { reportProblem } from './support/problems.ts';
import { walk } from './support/walk.ts';
import { renderedMetadata } from './support/metadata.ts';
import type { SiteLink } from '../lib/content/findings.ts';

/**
 * Checks the address of every link as it is written and records the links to this site, so that
 * the site checks can confirm each one leads to a page the site has (they know every page; a
 * single file does not). Addresses to other sites must be absolute https.
 */
export function remarkSiteLinks() {
  return (tree: Root, file: VFile) => {
    const links: SiteLink[] = [];
    walk(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const url = (node as Link | Definition).url.trim();
      if (/^(?:javascript|vbscript|data):/i.test(url)) {
        reportProblem(file, node, `the link "${url}" runs code; links must be addresses`);
      } else if ((url.startsWith('/') && !url.startsWith('//')) || url.startsWith('#')) {
        links.push({ url, bodyLine: node.position?.start.line });
      } else if (/^http:/i.test(url)) {
        reportProblem(file, node, `the link "${url}" uses http; use https`);
      } else if (!/^(?:https:\/\/|mailto:|tel:)/i.test(url)) {
        reportProblem(
          file,
          node,
          `the link "${url}" is relative; write a path on this site from its root (such as /guidance/example.html) or an absolute https:// address`,
        );
      }
    });
    renderedMetadata(file).siteLinks = links;
  };
}
