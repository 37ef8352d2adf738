import { container } from './support/hast-node.ts';
import { delimitedBlock, pairDelimiters } from './support/sentinel.ts';

/**
 * Govspeak `{stat-headline}*13.8bn* years since the big bang{/stat-headline}`: a statistic shown
 * large (the emphasised number) with the words that explain it, read aloud as one sentence.
 */
export const remarkStatHeadline = delimitedBlock(
  pairDelimiters({ name: 'stat headline', open: '{stat-headline}', close: '{/stat-headline}' }),
  (children) => [container('div', { className: ['app-stat-headline'] }, children)],
);
