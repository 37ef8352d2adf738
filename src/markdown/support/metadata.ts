import type { VFile } from 'vfile';
import type { RenderedFindings } from '../../lib/content/findings.ts';

/**
 * The findings a plugin writes to, for the page being rendered: Astro stores the VFile's
 * `data.astro.frontmatter` as the rendered entry's metadata, and the site checks read it back
 * (`markdownFindings` in src/lib/content/findings.ts).
 */
export function renderedMetadata(file: VFile): RenderedFindings {
  const data = file.data as { astro?: { frontmatter: RenderedFindings } };
  return (data.astro ??= { frontmatter: {} }).frontmatter;
}
