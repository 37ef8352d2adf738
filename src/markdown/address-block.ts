import { blockMarker } from './support/block-markers.ts';

/**
 * Govspeak `$A … $A`: a postal address, line by line. Trailing spaces and backslashes are dropped
 * from each line, as GOV.UK does, so that they do not add a second line break.
 */
export const remarkAddressBlock = blockMarker({
  marker: '$A',
  longer: ['$AI'],
  name: 'address block',
  tagName: 'address',
  properties: { className: ['app-address'] },
  keepLineBreaks: true,
  content: (lines) => lines.map((line) => ({ ...line, text: line.text.replace(/[ \t\\]+$/, '') })),
});
