import type { Parent, RootContent } from 'mdast';
import type { Data, Node } from 'unist';

type ElementData = Data & { hName?: string; hProperties?: Record<string, unknown> };

/**
 * Gives an mdast node the HTML element it becomes, so that plugins can emit GOV.UK Frontend markup
 * without a separate rehype step.
 */
export function asElement<T extends Node>(node: T, tagName: string, properties: Record<string, unknown> = {}): T {
  const data = (node.data ??= {}) as ElementData;
  data.hName = tagName;
  data.hProperties = { ...data.hProperties, ...properties };
  return node;
}

/** A block element around other blocks (mdast has no generic container; remark-rehype renders hName). */
export function container(tagName: string, properties: Record<string, unknown>, children: RootContent[]): RootContent {
  return asElement({ type: 'container', children } as unknown as Parent, tagName, properties) as unknown as RootContent;
}

/** Plain text, which remark-rehype escapes: content never becomes markup. */
export function textNode(value: string): RootContent {
  return { type: 'text', value };
}
