import { blockMarker } from './support/block-markers.ts';

/** Govspeak `$AI … $AI`: additional information, set apart from the main text. */
export const remarkAdditionalInformationBlock = blockMarker({
  marker: '$AI',
  name: 'additional information block',
  tagName: 'div',
  properties: { className: ['app-additional-information'] },
});
