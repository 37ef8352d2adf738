import { blockMarker } from './support/block-markers.ts';

/** Govspeak `$D … $D`: a form or file to download, with what it is for. */
export const remarkDownloadBlock = blockMarker({
  marker: '$D',
  name: 'download block',
  tagName: 'div',
  properties: { className: ['app-download'] },
});
