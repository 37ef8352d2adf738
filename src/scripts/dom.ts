// Small DOM helpers the page scripts share: what they build is text set as text, never HTML, so a
// reader's words (a search, a pasted invoice) can never become markup.
import { STATUS_LABELS } from '../lib/browser/status';
import type { Part } from '../lib/browser/goods-matcher/explain';

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', 'govuk-link', text);
  anchor.href = href;
  return anchor;
}

/** A status as the GOV.UK tag the rest of the site shows it with. */
export function statusTag(key: string): HTMLElement {
  const label = STATUS_LABELS[key as keyof typeof STATUS_LABELS];
  return element('strong', `govuk-tag ${label?.tagClass ?? ''}`, label?.label ?? key);
}

/** An explanation as an element: its text and its links (a code's page in the UK Trade Tariff, a chapter's page). */
export function explanation<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  parts: Part[],
): HTMLElementTagNameMap[K] {
  const node = element(tag, className);
  node.append(...parts.map((part) => (typeof part === 'string' ? part : link(part.href, part.text))));
  return node;
}
