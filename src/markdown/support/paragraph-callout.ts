import type { Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import { addSourceRule, type SourceLine } from './source-lines.ts';
import { isolatedSentinel, replaceSentinelPairs } from './sentinel.ts';

export interface CalloutOptions {
  /** The one character that opens (and, optionally, closes) the callout. */
  marker: string;
  /** A name for the callout's sentinels. */
  name: string;
  /** Builds the element that replaces the callout, given its content (a paragraph or a heading). */
  render: (children: RootContent[]) => RootContent;
}

/**
 * Govspeak callouts, found as GOV.UK finds them: a line that starts with the marker is a callout,
 * with or without a space after it (`^Note` and `^ Note ^`), closed by the marker at the end of the
 * line or by the end of the line itself; it may follow a paragraph's text directly. Its text is
 * Markdown (`^ ## Heading` is a heading in a callout). A marker inside a line is plain text, and so
 * is a marker alone on a line.
 */
export function paragraphCallout({ marker, name, render }: CalloutOptions) {
  return function (this: Processor) {
    addSourceRule(
      this,
      name,
      (lines) => {
        return lines.flatMap((line): SourceLine[] => {
          if (line.code || !line.text.startsWith(marker)) return [line];
          let text = line.text.slice(marker.length).trimEnd();
          if (text.endsWith(marker)) text = text.slice(0, -marker.length);
          text = text.trim();
          if (text === '') return [line];
          return [
            ...isolatedSentinel('open', name, line.line),
            { text, line: line.line },
            ...isolatedSentinel('close', name, line.line),
          ];
        });
      },
      new RegExp(`^${marker === '^' ? '\\^' : marker}`, 'm'),
    );
    return (tree: Root) => replaceSentinelPairs(tree, name, (children) => [render(children)]);
  };
}
