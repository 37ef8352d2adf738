/**
 * What rendering a guidance page's Markdown reports to the site checks: mistakes and links to this
 * site, each at a line of the Markdown body. The Markdown plugins write these (they never read
 * files); the site checks turn body lines into lines of the file, because only they know the file.
 */

/** A mistake found in a Markdown body. */
export interface MarkdownProblem {
  /** The line of the body (the first line after the front matter is 1). */
  bodyLine?: number;
  message: string;
}

/** A link in a page's Markdown to a path on this site. */
export interface SiteLink {
  url: string;
  bodyLine?: number;
}

/** Where the findings travel: Astro keeps a rendered entry's `data.astro.frontmatter` as its metadata. */
export interface RenderedFindings {
  contentProblems?: MarkdownProblem[];
  siteLinks?: SiteLink[];
}

/** What the plugins found in a page, read back from its rendered metadata (none if not rendered). */
export function markdownFindings(metadata: unknown): { problems: MarkdownProblem[]; links: SiteLink[] } {
  const found = (metadata ?? {}) as RenderedFindings;
  return { problems: found.contentProblems ?? [], links: found.siteLinks ?? [] };
}
