import { blockMarker } from './support/block-markers.ts';

/** Govspeak `$E … $E`: an example. */
export const remarkExampleBlock = blockMarker({
  marker: '$E',
  longer: ['$EndLegislativeList'],
  name: 'example block',
  tagName: 'div',
  properties: { className: ['app-example'] },
  keepLineBreaks: false,
});
