import { join } from 'node:path';
import type { z } from 'astro/zod';
import { readYamlRecords } from './yaml-records.ts';
import { contactSchema, goodsSchema, organisationSchema, ruleSchema, topicSchema } from '../../schemas/records.ts';
import { hsChapterSchema } from '../../schemas/nomenclature.ts';

/**
 * Every kind of record the site has: the YAML list it lives in (in the content folder), its schema,
 * and which of its fields name other records (`guidance` is the guidance pages). Loading, the
 * site's types and the cross-file checks are all derived from this list: a new kind of record is a
 * line here, its schema and its file.
 */
export const RECORD_TYPES = {
  topics: { file: 'topics.yaml', schema: topicSchema, references: { parent: 'topics' } },
  organisations: { file: 'organisations.yaml', schema: organisationSchema, references: {} },
  contacts: { file: 'contacts.yaml', schema: contactSchema, references: { organisation: 'organisations' } },
  rules: { file: 'rules.yaml', schema: ruleSchema, references: { guidance: 'guidance' } },
  goods: { file: 'goods.yaml', schema: goodsSchema, references: { rule: 'rules', alsoUnder: 'rules', sameGoodsAs: 'goods' } },
  /** The HS nomenclature's chapters and headings that the rules and categories name (codes are checked in code-checks.ts). */
  hsChapters: { file: 'hs-nomenclature.yaml', schema: hsChapterSchema, references: {} },
} as const;

export type RecordName = keyof typeof RECORD_TYPES;

/** What a reference field may name: another kind of record, or a guidance page. */
export type ReferenceTarget = RecordName | 'guidance';

/** Every record of the site, by kind, as its schema makes it. */
export type SiteRecords = { [Name in RecordName]: Array<z.output<(typeof RECORD_TYPES)[Name]['schema']>> };

export const RECORD_NAMES = Object.keys(RECORD_TYPES) as RecordName[];

/** The fields of a kind of record that name other records, with what they name. */
export const referencesOf = (name: RecordName) =>
  Object.entries(RECORD_TYPES[name].references) as Array<[string, ReferenceTarget]>;

/**
 * Reads and validates every record file. It runs when the site's configuration loads and again
 * when pages are rendered, so a mistake is reported with its file, field and line before anything
 * is built.
 */
export function loadRecords(contentDir: string, root = process.cwd()): SiteRecords {
  return Object.fromEntries(
    RECORD_NAMES.map((name) => [
      name,
      readYamlRecords(join(contentDir, RECORD_TYPES[name].file), RECORD_TYPES[name].schema, root),
    ]),
  ) as SiteRecords;
}
