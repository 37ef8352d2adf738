import type { Link, Paragraph, Root, RootContent } from 'mdast';
import type { Processor } from 'unified';
import { asElement, container } from './support/hast-node.ts';
import { addSourceRule, type SourceLine } from './support/source-lines.ts';
import { isolatedSentinel, replaceSentinelPairs } from './support/sentinel.ts';

// `{button start}[Text](address){/button}`, the link possibly on lines of its own.
const BUTTON = /^\{button([^}]*)\}\s*(\[[^\]]+\]\([^)]+\))\s*\{\/button\}[ \t]*$/;
// How many lines a button may be spread over (blank lines around its link included).
const MOST_LINES = 8;

/** GOV.UK Frontend's start button arrow. */
const startIcon = () =>
  container(
    'svg',
    {
      className: ['govuk-button__start-icon'],
      xmlns: 'http://www.w3.org/2000/svg',
      width: '17.5',
      height: '19',
      viewBox: '0 0 33 40',
      ariaHidden: 'true',
      focusable: 'false',
    },
    [container('path', { fill: 'currentColor', d: 'M0 0h13l20 20-20 20H0l20-20z' }, [])],
  );

/**
 * Govspeak `{button}[Text](address){/button}`: a link shown as a GOV.UK Frontend button;
 * `{button start}` makes it a start button. Without a link between the tags it is plain text, as on
 * GOV.UK; GOV.UK's cross-domain tracking option is accepted and left out (the site has no analytics).
 */
export function remarkButton(this: Processor) {
  addSourceRule(
    this,
    'button',
    (lines) => {
      const out: SourceLine[] = [];
      for (let index = 0; index < lines.length; index++) {
        const line = lines[index]!;
        const match = line.code || !line.text.startsWith('{button') ? undefined : findButton(lines, index);
        if (!match) {
          out.push(line);
          continue;
        }
        const start = /(?:^|\s)start(?:\s|$)/.test(match.attributes) ? 'start' : '';
        out.push(
          ...isolatedSentinel('open', 'button', line.line, start),
          { text: match.link, line: line.line },
          ...isolatedSentinel('close', 'button', lines[match.end]!.line),
        );
        index = match.end;
      }
      return out;
    },
    '{button',
  );
  return (tree: Root) =>
    replaceSentinelPairs(tree, 'button', (children, argument, open) => {
      const paragraph = children[0] as Paragraph | undefined;
      const link = paragraph?.children.length === 1 ? paragraph.children[0] : undefined;
      if (link?.type !== 'link') return [open, ...children];
      asElement(link as Link, 'a', {
        className: ['govuk-button', ...(argument === 'start' ? ['govuk-button--start'] : [])],
        role: 'button',
        draggable: 'false',
        dataModule: 'govuk-button',
      });
      if (argument === 'start') (link as Link).children.push(startIcon() as never);
      return [paragraph as RootContent];
    });
}

function findButton(lines: SourceLine[], index: number) {
  let text = '';
  for (let end = index; end < Math.min(lines.length, index + MOST_LINES); end++) {
    text += (end > index ? '\n' : '') + lines[end]!.text;
    if (!lines[end]!.text.includes('{/button}')) continue;
    const match = BUTTON.exec(text);
    return match ? { attributes: match[1]!, link: match[2]!, end } : undefined;
  }
  return undefined;
}
