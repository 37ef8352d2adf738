// Checks an Atom feed against what RFC 4287 (The Atom Syndication Format) requires of it, on the
// document a namespace-aware XML parser makes of it: elements are found by namespace and name,
// never by matching text. Returns every problem found, each naming the section it breaks.
import { DOMParser, type Element } from '@xmldom/xmldom';
import { SaxesParser } from 'saxes';
import { parse as parseHtml } from 'node-html-parser';

export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** RFC 3339 date-time, as RFC 4287 section 3.3 narrows it (an upper-case T and Z). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
/** An IRI's scheme (RFC 3987): what makes it absolute. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Parses XML strictly: saxes checks that it is well-formed (and namespace-well-formed), which
 * the DOM parser is lenient about (it lets a bare "&" through), then @xmldom/xmldom builds the
 * document the checks read. Any error, in either, throws.
 */
export function parseXml(text: string): Document {
  const checker = new SaxesParser({ xmlns: true });
  const errors: string[] = [];
  checker.on('error', (error) => errors.push(error.message));
  checker.write(text).close();
  if (errors.length > 0) throw new Error(`not well-formed XML: ${errors.join('; ')}`);
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`not well-formed XML (${level}): ${message}`);
    },
  }).parseFromString(text, 'application/xml');
  return doc as unknown as Document;
}

/** The Atom children of an element with the given local name. */
export const atomChildren = (parent: Element | globalThis.Element, name: string): Element[] =>
  Array.from((parent as Element).childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 && (node as Element).namespaceURI === ATOM_NS && (node as Element).localName === name,
  );

const text = (element: Element | undefined) => element?.textContent?.trim() ?? '';

/** What a reader shows of a text construct (3.1): an html one's markup is read as HTML. */
export function readerText(element: Element | undefined): string {
  const raw = text(element);
  return element?.getAttribute('type') === 'html' ? parseHtml(raw).textContent.trim() : raw;
}

function isDateTime(value: string): boolean {
  return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

function isAbsoluteIri(value: string): boolean {
  if (!SCHEME.test(value) || /\s/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** Every problem of a parsed feed, as "where: what (RFC 4287 section)". */
export function atomProblems(doc: Document): string[] {
  const problems: string[] = [];
  const feed = doc.documentElement as unknown as Element;
  if (feed?.namespaceURI !== ATOM_NS || feed.localName !== 'feed') {
    return [`the root element is not atom:feed in ${ATOM_NS} (4.1.1)`];
  }

  const exactlyOne = (parent: Element, name: string, where: string, section: string) => {
    const found = atomChildren(parent, name).length;
    if (found !== 1) problems.push(`${where}: ${found} atom:${name} elements, not exactly one (${section})`);
  };
  const atMostOne = (parent: Element, name: string, where: string, section: string) => {
    const found = atomChildren(parent, name).length;
    if (found > 1) problems.push(`${where}: ${found} atom:${name} elements, at most one allowed (${section})`);
  };
  const textConstruct = (element: Element, where: string) => {
    const type = element.getAttribute('type') ?? 'text';
    if (!['text', 'html', 'xhtml'].includes(type))
      problems.push(`${where}: atom:${element.localName} type "${type}" is not text, html or xhtml (3.1.1)`);
    if (type === 'html' && /<[a-z/!]/i.test(element.textContent ?? ''))
      // The site's notes are plain text: escaped as HTML, they must not become markup.
      problems.push(`${where}: atom:${element.localName} holds HTML markup, not escaped text (3.1.1.2)`);
    if (type !== 'xhtml' && Array.from(element.childNodes).some((node) => node.nodeType === 1))
      problems.push(`${where}: atom:${element.localName} of type ${type} has child elements (3.1.1)`);
  };
  const dateConstruct = (parent: Element, name: string, where: string) => {
    for (const element of atomChildren(parent, name))
      if (!isDateTime(text(element)))
        problems.push(`${where}: atom:${name} "${text(element)}" is not an RFC 3339 date-time (3.3)`);
  };
  const person = (element: Element, where: string) => {
    if (atomChildren(element, 'name').length !== 1)
      problems.push(`${where}: atom:${element.localName} must have exactly one atom:name (3.2.1)`);
    for (const uri of atomChildren(element, 'uri'))
      if (!isAbsoluteIri(text(uri))) problems.push(`${where}: atom:uri "${text(uri)}" is not an IRI (3.2.2)`);
  };
  const links = (parent: Element, where: string) => {
    const alternates = new Set<string>();
    for (const link of atomChildren(parent, 'link')) {
      const href = link.getAttribute('href');
      if (!href) problems.push(`${where}: atom:link without href (4.2.7.1)`);
      else if (!isAbsoluteIri(href)) problems.push(`${where}: atom:link href "${href}" is not an absolute IRI`);
      if ((link.getAttribute('rel') ?? 'alternate') !== 'alternate') continue;
      const key = `${link.getAttribute('type') ?? ''} ${link.getAttribute('hreflang') ?? ''}`;
      if (alternates.has(key))
        problems.push(`${where}: two alternate links with the same type and hreflang (4.1.1, 4.1.2)`);
      alternates.add(key);
    }
  };
  const id = (parent: Element, where: string) => {
    for (const element of atomChildren(parent, 'id'))
      if (!isAbsoluteIri(text(element)))
        problems.push(`${where}: atom:id "${text(element)}" is not an absolute IRI (4.2.6)`);
  };

  for (const name of ['id', 'title', 'updated']) exactlyOne(feed, name, 'feed', '4.1.1');
  for (const name of ['generator', 'icon', 'logo', 'rights', 'subtitle']) atMostOne(feed, name, 'feed', '4.1.1');
  for (const name of ['title', 'subtitle', 'rights'])
    for (const element of atomChildren(feed, name)) textConstruct(element, 'feed');
  dateConstruct(feed, 'updated', 'feed');
  id(feed, 'feed');
  links(feed, 'feed');
  for (const author of atomChildren(feed, 'author')) person(author, 'feed');
  if (!atomChildren(feed, 'link').some((link) => link.getAttribute('rel') === 'self'))
    problems.push('feed: no atom:link rel="self" (4.1.1 says it SHOULD have one)');

  const feedHasAuthor = atomChildren(feed, 'author').length > 0;
  const ids = new Map<string, number>();
  atomChildren(feed, 'entry').forEach((entry, index) => {
    const where = `entry ${index + 1} (${text(atomChildren(entry, 'id')[0])})`;
    for (const name of ['id', 'title', 'updated']) exactlyOne(entry, name, where, '4.1.2');
    for (const name of ['content', 'published', 'rights', 'source', 'summary']) atMostOne(entry, name, where, '4.1.2');
    for (const name of ['title', 'summary', 'rights'])
      for (const element of atomChildren(entry, name)) textConstruct(element, where);
    dateConstruct(entry, 'updated', where);
    dateConstruct(entry, 'published', where);
    id(entry, where);
    links(entry, where);
    for (const author of atomChildren(entry, 'author')) person(author, where);
    if (!feedHasAuthor && atomChildren(entry, 'author').length === 0)
      problems.push(`${where}: no atom:author, and the feed has none (4.1.2)`);
    const hasAlternate = atomChildren(entry, 'link').some(
      (link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate',
    );
    if (atomChildren(entry, 'content').length === 0 && !hasAlternate)
      problems.push(`${where}: neither atom:content nor an alternate atom:link (4.1.2)`);
    const entryId = text(atomChildren(entry, 'id')[0]);
    if (ids.has(entryId)) problems.push(`${where}: the same atom:id as entry ${ids.get(entryId)} (4.2.6)`);
    ids.set(entryId, index + 1);
  });
  return problems;
}
