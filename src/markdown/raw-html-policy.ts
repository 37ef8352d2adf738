import type { Html, Root } from 'mdast';
import type { VFile } from 'vfile';
import { walk } from './support/walk.ts';
import { reportProblem } from './support/problems.ts';

const RULES: Array<[RegExp, string]> = [
  [/<\s*script\b/i, '<script> is not allowed in guidance'],
  [/<\s*(?:iframe|object|embed)\b/i, 'embedded content (<iframe>, <object>, <embed>) is not allowed in guidance'],
  [/\son[a-z]+\s*=/i, 'event-handler attributes (such as onclick=) are not allowed in guidance'],
  [/javascript:/i, '"javascript:" addresses are not allowed in guidance'],
];

/**
 * Refuses raw HTML that could run code, with the line it is on. The sanitiser in the rehype stage
 * would strip it anyway; refusing the file tells the author instead of silently dropping text.
 */
export function remarkRawHtmlPolicy() {
  return (tree: Root, file: VFile) => {
    walk(tree, (node) => {
      if (node.type !== 'html') return;
      for (const [pattern, message] of RULES) {
        if (pattern.test((node as Html).value)) reportProblem(file, node, message);
      }
    });
  };
}
