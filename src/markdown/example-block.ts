import { blockMarker } from './support/block-markers.ts';

/** Govspeak `$E … $E`: a example block. */
export const remarkExampleBlock = blockMarker({
  marker: '$E',
  name: 'example block',
  tagName: 'div',
  properties: { className: ['app-example'] },
  keepLineBreaks: false,
});
