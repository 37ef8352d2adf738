/** A piece of an excerpt: plain text, or a matched word to highlight. */
export type ExcerptPart = { text: string; mark: boolean };

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

/**
 * Pagefind's excerpts are HTML with <mark> around matches. They are split into text parts here so
 * the page builds them with text nodes: whatever the index holds is shown as text, never as markup.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const decode = (text: string) =>
    text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const mark = part.startsWith('<mark>');
      const inner = mark ? part.slice(6, -7) : part;
      // Any other tag is dropped: only text and marks are kept.
      return { text: decode(inner.replace(/<[^>]*>/g, '')), mark };
    })
    .filter((part) => part.text.length > 0);
}
