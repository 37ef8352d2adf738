import { blockMarker } from './support/block-markers.ts';

/** Govspeak `$A … $A`: a address block. */
export const remarkAddressBlock = blockMarker({
  marker: '$A',
  name: 'address block',
  tagName: 'address',
  properties: { className: ['app-address'] },
  keepLineBreaks: true,
});
