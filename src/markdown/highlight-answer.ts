import { container } from './support/hast-node.ts';
import { delimitedBlock, pairDelimiters } from './support/sentinel.ts';

/**
 * Govspeak `{::highlight-answer}…{:/highlight-answer}` (marked for removal on GOV.UK, still in its
 * pages): a short answer shown large, its emphasised words largest.
 */
export const remarkHighlightAnswer = delimitedBlock(
  pairDelimiters({ name: 'highlight answer', open: '{::highlight-answer}', close: '{:/highlight-answer}' }),
  (children) => [container('div', { className: ['app-highlight-answer'] }, children)],
);
