import { blockMarker } from './support/block-markers.ts';

/** Govspeak `$C … $C`: a contact block. */
export const remarkContactBlock = blockMarker({
  marker: '$C',
  longer: ['$CTA'],
  name: 'contact block',
  tagName: 'div',
  properties: { className: ['app-contact'] },
  keepLineBreaks: true,
});
