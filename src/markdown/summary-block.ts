import { blockMarker } from './support/block-markers.ts';

/** Govspeak `$! … $!`: a summary of the page, shown first and in bold. */
export const remarkSummaryBlock = blockMarker({
  marker: '$!',
  name: 'summary',
  tagName: 'div',
  properties: { className: ['app-summary'] },
});
