import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from '../markdown/index.ts';
import { markdownFindings } from '../markdown/support/metadata.ts';
import type { SiteRecords } from './records.ts';

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

/**
 * Renders a snippet of Markdown through the site's own pipeline, so that a page written in Astro
 * (the contact page, a goods page) shows a contact block exactly as guidance pages do, from one
 * implementation.
 */
export async function renderMarkdown(markdown: string, records: SiteRecords): Promise<string> {
  processor ??= createMarkdownProcessor({ ...markdownOptions(records), syntaxHighlight: false });
  const rendered = await (await processor).render(markdown);
  const { problems } = markdownFindings(rendered.metadata.frontmatter);
  if (problems.length > 0)
    throw new Error(`Markdown snippet "${markdown}": ${problems.map((p) => p.message).join('; ')}`);
  return rendered.code;
}
