import type { VFile } from 'vfile';
import type { MarkdownProblem } from './problems.ts';
import type { SiteLink } from '../site-links.ts';

/**
 * What the site's Markdown plugins leave beside a page's rendered HTML. Astro stores the VFile's
 * `data.astro.frontmatter` as the rendered entry's metadata; the site checks read it back.
 */
interface RenderedMetadata {
  contentProblems?: MarkdownProblem[];
  siteLinks?: SiteLink[];
}

/** The metadata a plugin writes to, for the page being rendered. */
export function renderedMetadata(file: VFile): RenderedMetadata {
  const data = file.data as { astro?: { frontmatter: RenderedMetadata } };
  return (data.astro ??= { frontmatter: {} }).frontmatter;
}

/** What the plugins found in a page, read back from its rendered metadata (none if not rendered). */
export function markdownFindings(metadata: unknown): { problems: MarkdownProblem[]; links: SiteLink[] } {
  const found = (metadata ?? {}) as RenderedMetadata;
  return { problems: found.contentProblems ?? [], links: found.siteLinks ?? [] };
}
