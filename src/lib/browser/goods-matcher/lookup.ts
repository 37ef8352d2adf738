// Everything a page needs once someone looks goods up, loaded as one file then and not before:
// the matcher, the labels of codes, and the words that explain an answer. The pages' own script
// (loaded on every page) holds only what draws the answer.
export { createMatcherInSteps } from './matcher.ts';
export { chaptersShown, withLabels } from './labels.ts';
export { codeReadParts, explain } from './explain.ts';
