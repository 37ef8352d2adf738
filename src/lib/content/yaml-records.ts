import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { z } from 'astro/zod';

/** A content mistake: where it is (file, and line when known), which field, and what is wrong. */
export interface ContentProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export function formatProblem({ file, line, field, message }: ContentProblem): string {
  return `${file}${line ? `:${line}` : ''}: ${field ? `${field}: ` : ''}${message}`;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} mistake${problems.length === 1 ? '' : 's'}; fix ${
        problems.length === 1 ? 'it' : 'them'
      } and build again:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** The line of each field of each record read, for checks across files (which run after the schemas). */
const FIELD_LINES = new WeakMap<object, (path: Array<string | number>) => number | undefined>();

/**
 * The line a field of a record read by readYamlRecords is on ("hs", or ["alsoUnder", 0]): the
 * record's first line if the field is not there, undefined for a record made some other way.
 */
export function recordLine(record: object, path: string | Array<string | number>): number | undefined {
  return FIELD_LINES.get(record)?.(Array.isArray(path) ? path : [path]);
}

/**
 * Reads a YAML file holding a list of records and validates each with `schema`. Unlike a plain
 * parse, a mistake is reported with the line it is on, so that an editor can go straight to it.
 * Throws a ContentError listing every mistake in the file.
 */
export function readYamlRecords<S extends z.ZodType>(path: string, schema: S, root = process.cwd()): z.output<S>[] {
  // Paths inside the project are shown from its root; others (a generated corpus) in full.
  const fromRoot = relative(root, path);
  const file = fromRoot && !fromRoot.startsWith('..') && !isAbsolute(fromRoot) ? fromRoot : path;
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : undefined);

  if (doc.errors.length > 0) {
    throw new ContentError(
      doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0].line,
        message: `not valid YAML: ${error.message.split('\n')[0]}`,
      })),
    );
  }
  if (!isSeq(doc.contents)) {
    throw new ContentError([{ file, line: 1, message: 'must be a YAML list of records (lines starting "- id:")' }]);
  }

  const problems: ContentProblem[] = [];
  const records: z.output<S>[] = [];
  const seen = new Map<string, number | undefined>();
  doc.contents.items.forEach((item, index) => {
    const node = item as Node;
    const raw = doc.getIn([index]) as unknown;
    const plain = isMap(node) ? (node.toJS(doc) as Record<string, unknown>) : raw;
    const id = typeof (plain as { id?: unknown })?.id === 'string' ? (plain as { id: string }).id : `#${index + 1}`;
    const result = schema.safeParse(plain);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.map(String);
        // An unknown key is reported at the key itself, the line the typo is on.
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
        for (const key of keys) {
          const fieldPath = key ? [...path, key] : path;
          const target =
            key && isMap(node)
              ? node.items.find((pair) => String((pair.key as { value?: unknown })?.value) === key)?.key
              : doc.getIn([index, ...path], true);
          problems.push({
            file,
            line: lineOf(target as Node) ?? lineOf(node),
            field: `"${id}" → ${fieldPath.join('.') || '(record)'}`,
            message: key ? `unknown field "${key}" (check its spelling)` : issue.message,
          });
        }
      }
      return;
    }
    if (seen.has(id)) {
      problems.push({
        file,
        line: lineOf(node),
        field: `"${id}" → id`,
        message: `the id "${id}" is used twice (first on line ${seen.get(id)})`,
      });
    }
    seen.set(id, lineOf(node));
    if (typeof result.data === 'object' && result.data !== null)
      FIELD_LINES.set(result.data, (path) => lineOf(doc.getIn([index, ...path], true) as Node) ?? lineOf(node));
    records.push(result.data);
  });
  if (problems.length > 0) throw new ContentError(problems);
  return records;
}
