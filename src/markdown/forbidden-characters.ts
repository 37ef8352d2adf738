import type { Processor } from 'unified';
import { addSourceRule } from './support/source-lines.ts';

// Control characters (but tab and line breaks) and Unicode noncharacters: the characters the W3C
// lists as not suitable for markup (https://www.w3.org/TR/unicode-xml/#Charlist).
const UNSUITABLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]/g;

/**
 * Removes characters that are not suitable for markup (stray control characters pasted from other
 * documents), as GOV.UK does, before anything else reads the text.
 */
export function remarkForbiddenCharacters(this: Processor) {
  addSourceRule(
    this,
    'forbidden-characters',
    (lines) => lines.map((line) => ({ ...line, text: line.text.replace(UNSUITABLE, '') })),
    new RegExp(UNSUITABLE.source),
  );
}
