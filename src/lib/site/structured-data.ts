import { OGL_URL } from './meta.ts';
import { internationalTelephone } from '../../schemas/telephone.ts';
import type { Contact, Organisation } from '../../schemas/records.ts';
import type { GuidanceData } from '../../schemas/guidance.ts';
import { isoDate } from './dates.ts';

type JsonLd = Record<string, unknown>;

/** schema.org GovernmentOrganization with its helpline as a ContactPoint. */
export function helplineJsonLd(contact: Contact, organisation: Organisation): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: organisation.name,
    ...(organisation.formerName ? { alternateName: organisation.formerName } : {}),
    ...(organisation.url ? { url: organisation.url } : {}),
    contactPoint: {
      '@type': 'ContactPoint',
      name: contact.name,
      contactType: 'customer support',
      email: contact.email,
      telephone: internationalTelephone(contact.telephone),
      areaServed: 'GB',
      availableLanguage: 'en-GB',
    },
  };
}

/** schema.org Article for a guidance page: what it is, when it was published and changed, by whom. */
export function guidanceJsonLd(data: GuidanceData, url: URL, publisher: Organisation, helpline?: Contact): JsonLd {
  const organisation = helpline
    ? helplineJsonLd(helpline, publisher)
    : { '@type': publisher.url ? 'GovernmentOrganization' : 'Organization', name: publisher.name };
  const { '@context': _context, ...publisherData } = organisation as JsonLd;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: data.title,
    description: data.summary,
    url: url.href,
    mainEntityOfPage: url.href,
    inLanguage: 'en-GB',
    datePublished: isoDate(data.published),
    dateModified: isoDate(data.updated),
    publisher: publisherData,
    ...(data.licence === 'ogl-3' ? { license: OGL_URL } : {}),
  };
}

/**
 * JSON for a <script type="application/ld+json"> block: a data block the browser never runs (so
 * the Content-Security-Policy needs no hash for it), with "<" escaped so that no value can close
 * the element early.
 */
export const serialiseJsonLd = (data: JsonLd) => JSON.stringify(data).replace(/</g, '\\u003c');
