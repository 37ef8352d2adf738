import { blockMarker } from './support/block-markers.ts';

/** Govspeak `$I … $I`: a block of information, such as opening hours in a place block. */
export const remarkInformationBlock = blockMarker({
  marker: '$I',
  name: 'information block',
  tagName: 'div',
  properties: { className: ['app-information'] },
});
