import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { SiteRecords } from '../lib/records.ts';
import { remarkInformationCallout } from './information-callout.ts';
import { remarkWarningCallout } from './warning-callout.ts';
import { remarkCallToAction } from './call-to-action.ts';
import { remarkContactBlock } from './contact-block.ts';
import { remarkAddressBlock } from './address-block.ts';
import { remarkExampleBlock } from './example-block.ts';
import { remarkGoodsList } from './goods-list-directive.ts';
import { remarkGoodsSections } from './goods-sections-directive.ts';
import { remarkContactDirective } from './contact-directive.ts';
import { remarkUnknownDirectives } from './unknown-directives.ts';
import { remarkSiteLinks } from './site-links.ts';
import { remarkRawHtmlPolicy } from './raw-html-policy.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { remarkRenderedMetadata } from './rendered-metadata.ts';

/**
 * The site's Markdown pipeline, shared by the Astro configuration and the tests so that both run
 * exactly the same plugins in the same order.
 */
export function markdownOptions(records: SiteRecords): UnifiedProcessorOptions {
  return {
    // GFM is added here (not by Astro's default) so that it runs once, with its plugin as published.
    gfm: false,
    // Guidance text is published as written: no automatic curly quotes or dashes.
    smartypants: false,
    remarkPlugins: [
      remarkRenderedMetadata,
      remarkGfm,
      remarkDirective,
      remarkRawHtmlPolicy,
      // $CTA before $C: the call-to-action marker starts with the contact marker.
      remarkCallToAction,
      remarkContactBlock,
      remarkAddressBlock,
      remarkExampleBlock,
      remarkInformationCallout,
      remarkWarningCallout,
      remarkGoodsList(records),
      remarkGoodsSections(records),
      remarkContactDirective(records),
      remarkUnknownDirectives,
      remarkSiteLinks,
    ],
    // Footnote headings are for screen readers only: hide them the GOV.UK Frontend way.
    remarkRehype: { footnoteLabelProperties: { className: ['govuk-visually-hidden'] } },
    // rehype-raw first so that raw HTML is parsed into elements the sanitiser can inspect.
    rehypePlugins: [rehypeRaw, [rehypeSanitize, sanitizeSchema]],
  };
}
