import { blockMarker } from './support/block-markers.ts';

/** Govspeak `$CTA … $CTA`: a call to action. */
export const remarkCallToAction = blockMarker({
  marker: '$CTA',
  name: 'call to action',
  tagName: 'div',
  properties: { className: ['app-call-to-action'] },
  keepLineBreaks: false,
});
