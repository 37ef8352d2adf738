import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from './index.ts';
import { markdownFindings } from '../lib/content/findings.ts';
import type { SiteRecords } from '../lib/content/records.ts';

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
