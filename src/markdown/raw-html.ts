import type { Root } from 'hast';
import type { VFile } from 'vfile';
import rehypeRaw from 'rehype-raw';

/**
 * rehype-raw for the pages that need it. Parsing raw HTML into elements lets the sanitiser inspect
 * it, but rehype-raw re-parses the whole page through an HTML parser even when the page has no raw
 * HTML, which most guidance has not. Raw HTML cannot be written without a "<", so a page whose
 * Markdown has none is left alone. (Astro runs rehype-raw once more after every plugin, so the
 * published HTML is the same either way.)
 */
export function rehypeRawHtml() {
  const parse = rehypeRaw();
  return (tree: Root, file: VFile): Root | undefined =>
    String(file.value ?? '').includes('<') ? parse(tree, file) : undefined;
}
