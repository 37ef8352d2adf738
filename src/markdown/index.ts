import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { SiteRecords } from '../lib/content/records.ts';
import { remarkInformationCallout } from './information-callout.ts';
import { remarkWarningCallout } from './warning-callout.ts';
import { remarkCallToAction } from './call-to-action.ts';
import { remarkContactBlock } from './contact-block.ts';
import { remarkAddressBlock } from './address-block.ts';
import { remarkExampleBlock } from './example-block.ts';
import { remarkSummaryBlock } from './summary-block.ts';
import { remarkDownloadBlock } from './download-block.ts';
import { remarkPlaceBlock } from './place-block.ts';
import { remarkInformationBlock } from './information-block.ts';
import { remarkAdditionalInformationBlock } from './additional-information-block.ts';
import { remarkLegislativeList } from './legislative-list.ts';
import { remarkSteps } from './steps.ts';
import { remarkDevolvedContent } from './devolved-content.ts';
import { remarkButton } from './button.ts';
import { remarkStatHeadline } from './stat-headline.ts';
import { remarkHighlightAnswer } from './highlight-answer.ts';
import { remarkBarchart } from './barchart.ts';
import { rehypeTableCellAlignment, remarkTableHeaders } from './table-headers.ts';
import { remarkForbiddenCharacters } from './forbidden-characters.ts';
import { remarkExternalLink } from './external-link.ts';
import { remarkAbbreviations } from './abbreviations.ts';
import { remarkAutoNumberedHeadings } from './auto-numbered-headings.ts';
import { remarkGoodsList } from './goods-list-directive.ts';
import { remarkGoodsSections } from './goods-sections-directive.ts';
import { remarkContactDirective } from './contact-directive.ts';
import { remarkRuleDetails } from './rule-details-directive.ts';
import { remarkUnknownDirectives } from './unknown-directives.ts';
import { remarkSiteLinks } from './site-links.ts';
import { remarkRawHtmlPolicy } from './raw-html-policy.ts';
import { sanitizeSchema } from './sanitize-schema.ts';
import { footnoteBackLabel, rehypeFootnotes } from './footnotes.ts';
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
      // Reads the page's front matter, so before the rendered metadata starts empty.
      remarkAutoNumberedHeadings,
      remarkRenderedMetadata,
      remarkGfm,
      remarkDirective,
      remarkRawHtmlPolicy,
      remarkForbiddenCharacters,
      remarkButton,
      // Govspeak, in GOV.UK's order. Each block and callout also reads the body's lines before the
      // parser does (support/source-lines.ts), in this same order.
      remarkInformationCallout,
      remarkWarningCallout,
      remarkCallToAction,
      remarkSummaryBlock,
      remarkDownloadBlock,
      remarkContactBlock,
      remarkPlaceBlock,
      remarkInformationBlock,
      remarkAdditionalInformationBlock,
      remarkExampleBlock,
      remarkAddressBlock,
      remarkLegislativeList,
      remarkSteps,
      remarkDevolvedContent,
      remarkStatHeadline,
      remarkHighlightAnswer,
      remarkBarchart,
      remarkTableHeaders,
      remarkExternalLink,
      remarkGoodsList(records),
      remarkGoodsSections(records),
      remarkContactDirective(records),
      remarkRuleDetails(records),
      remarkUnknownDirectives,
      // Last of the text changes, so that abbreviations are marked in whatever the others produced.
      remarkAbbreviations,
      remarkSiteLinks,
    ],
    // Footnote headings are for screen readers only: hide them the GOV.UK Frontend way.
    remarkRehype: { footnoteLabelProperties: { className: ['govuk-visually-hidden'] }, footnoteBackLabel },
    // rehype-raw first so that raw HTML is parsed into elements the sanitiser can inspect.
    rehypePlugins: [rehypeRaw, rehypeFootnotes, rehypeTableCellAlignment, [rehypeSanitize, sanitizeSchema]],
  };
}
