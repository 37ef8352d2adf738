import { parse, type HTMLElement, type Node } from 'node-html-parser';

const BLOCK =
  'address|article|blockquote|br|caption|details|div|dl|dd|dt|figure|h[1-6]|hr|li|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|svg|path';
const AROUND_BLOCK = new RegExp(`\\s*(</?(?:${BLOCK})(?:\\s[^>]*)?>)\\s*`, 'g');

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function serialise(node: Node): string {
  if (node.nodeType === 3) return escapeText(node.text.replace(/\s+/g, ' '));
  if (node.nodeType !== 1) return '';
  const element = node as HTMLElement;
  const children = element.childNodes.map(serialise).join('');
  if (!element.rawTagName) return children;
  const tag = element.rawTagName.toLowerCase();
  const attributes = Object.entries(element.attributes)
    .map(([name, value]) => {
      const key = name.toLowerCase();
      const normalised = key === 'class' ? value.split(/\s+/).filter(Boolean).sort().join(' ') : value;
      return `${key}="${escapeAttribute(normalised)}"`;
    })
    .sort()
    .map((attribute) => ` ${attribute}`)
    .join('');
  return tag === 'br' || tag === 'input' || tag === 'img'
    ? `<${tag}${attributes}>`
    : `<${tag}${attributes}>${children}</${tag}>`;
}

/**
 * HTML reduced to what it means: elements, their attributes (in name order, class names sorted),
 * and text with runs of whitespace as one space, ignoring the layout whitespace around block
 * elements. Two fragments with the same meaning give the same string; a different element, class,
 * role, label or word does not.
 */
export function htmlMeaning(html: string): string {
  return serialise(parse(html, { comment: false }))
    .replace(AROUND_BLOCK, '$1')
    .trim()
    .replace(/></g, '>\n<');
}
