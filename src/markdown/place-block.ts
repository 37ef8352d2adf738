import { blockMarker } from './support/block-markers.ts';

/** Govspeak `$P … $P`: a place (where to go), often around an information block. */
export const remarkPlaceBlock = blockMarker({
  marker: '$P',
  name: 'place block',
  tagName: 'div',
  properties: { className: ['app-place'] },
});
