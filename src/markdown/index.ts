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
 * One Markdown extension of the site, in one shape: its name (as docs/govspeak.md and the tests
 * know it), the `::directive` it handles if it is one, and its unified plugin, made from the site's
 * records (most ignore them). A `rehype` plugin works on the HTML tree instead.
 */
export interface MarkdownExtension {
  name: string;
  directive?: string;
  remark?: (records: SiteRecords) => RemarkPlugin;
  rehype?: RehypePlugin;
}
type RemarkPlugin = NonNullable<UnifiedProcessorOptions['remarkPlugins']>[number];
type RehypePlugin = NonNullable<UnifiedProcessorOptions['rehypePlugins']>[number];

const plugin = (name: string, remark: RemarkPlugin): MarkdownExtension => ({ name, remark: () => remark });
const directive = (name: string, remark: (records: SiteRecords) => RemarkPlugin): MarkdownExtension => ({
  name: `${name}-directive`,
  directive: name,
  remark,
});

/**
 * Every extension, in the order it runs: the registry from which the pipeline and the list of
 * directives in the unknown-directive message are made. Add an extension here (and its module).
 */
export const EXTENSIONS: MarkdownExtension[] = [
  // Reads the page's front matter, so before the rendered metadata starts empty.
  plugin('auto-numbered-headings', remarkAutoNumberedHeadings),
  plugin('rendered-metadata', remarkRenderedMetadata),
  plugin('gfm', remarkGfm),
  plugin('directive-syntax', remarkDirective),
  plugin('raw-html-policy', remarkRawHtmlPolicy),
  plugin('forbidden-characters', remarkForbiddenCharacters),
  plugin('button', remarkButton),
  // Govspeak, in GOV.UK's order. Each block and callout also reads the body's lines before the
  // parser does (support/source-lines.ts), in this same order.
  plugin('information-callout', remarkInformationCallout),
  plugin('warning-callout', remarkWarningCallout),
  plugin('call-to-action', remarkCallToAction),
  plugin('summary-block', remarkSummaryBlock),
  plugin('download-block', remarkDownloadBlock),
  plugin('contact-block', remarkContactBlock),
  plugin('place-block', remarkPlaceBlock),
  plugin('information-block', remarkInformationBlock),
  plugin('additional-information-block', remarkAdditionalInformationBlock),
  plugin('example-block', remarkExampleBlock),
  plugin('address-block', remarkAddressBlock),
  plugin('legislative-list', remarkLegislativeList),
  plugin('steps', remarkSteps),
  plugin('devolved-content', remarkDevolvedContent),
  plugin('stat-headline', remarkStatHeadline),
  plugin('highlight-answer', remarkHighlightAnswer),
  plugin('barchart', remarkBarchart),
  { name: 'table-headers', remark: () => remarkTableHeaders, rehype: rehypeTableCellAlignment },
  plugin('external-link', remarkExternalLink),
  // The site's own directives, which draw on the records.
  directive('goods-list', remarkGoodsList),
  directive('goods-sections', remarkGoodsSections),
  directive('contact', remarkContactDirective),
  directive('rule-details', remarkRuleDetails),
  // After every directive: whatever is left is a mistake.
  {
    name: 'unknown-directives',
    remark: () => remarkUnknownDirectives(DIRECTIVES),
  },
  // Last of the text changes, so that abbreviations are marked in whatever the others produced.
  plugin('abbreviations', remarkAbbreviations),
  plugin('site-links', remarkSiteLinks),
  { name: 'footnotes', rehype: rehypeFootnotes },
];

/** The directives the site has, as the unknown-directive message names them. */
const DIRECTIVES = EXTENSIONS.flatMap((extension) => (extension.directive ? [extension.directive] : []));

/**
 * The site's Markdown pipeline, made from the registry and shared by the Astro configuration and
 * the tests so that both run exactly the same plugins in the same order.
 */
export function markdownOptions(records: SiteRecords): UnifiedProcessorOptions {
  return {
    // GFM is added here (not by Astro's default) so that it runs once, with its plugin as published.
    gfm: false,
    // Guidance text is published as written: no automatic curly quotes or dashes.
    smartypants: false,
    remarkPlugins: EXTENSIONS.flatMap((extension) => (extension.remark ? [extension.remark(records)] : [])),
    // Footnote headings are for screen readers only: hide them the GOV.UK Frontend way.
    remarkRehype: { footnoteLabelProperties: { className: ['govuk-visually-hidden'] }, footnoteBackLabel },
    // rehype-raw first so that raw HTML is parsed into elements the sanitiser can inspect; the
    // sanitiser last, so that it sees everything the extensions made.
    rehypePlugins: [
      rehypeRaw,
      ...EXTENSIONS.flatMap((extension) => (extension.rehype ? [extension.rehype] : [])),
      [rehypeSanitize, sanitizeSchema],
    ],
  };
}
