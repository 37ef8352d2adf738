import { join } from 'node:path';
import { readYamlRecords } from './yaml-records.ts';
import { contactSchema, goodsSchema, organisationSchema, ruleSchema, topicSchema } from '../../schemas/records.ts';
import type { Contact, Goods, Organisation, Rule, Topic } from '../../schemas/records.ts';

/** The structured records the Markdown extensions draw on (goods lists, contact blocks). */
export interface SiteRecords {
  topics: Topic[];
  organisations: Organisation[];
  contacts: Contact[];
  rules: Rule[];
  goods: Goods[];
}

/** The YAML file each record collection lives in, relative to the content folder. */
export const RECORD_FILES = {
  topics: 'topics.yaml',
  organisations: 'organisations.yaml',
  contacts: 'contacts.yaml',
  rules: 'rules.yaml',
  goods: 'goods.yaml',
} as const;

/**
 * Reads and validates every record file. It runs when the site's configuration loads, before Astro
 * reads the same files into its collections, so a mistake is reported first here, with its line.
 */
export function loadRecords(contentDir: string, root = process.cwd()): SiteRecords {
  const read = <T>(name: keyof typeof RECORD_FILES, schema: Parameters<typeof readYamlRecords>[1]) =>
    readYamlRecords(join(contentDir, RECORD_FILES[name]), schema, root) as T[];
  return {
    topics: read<Topic>('topics', topicSchema),
    organisations: read<Organisation>('organisations', organisationSchema),
    contacts: read<Contact>('contacts', contactSchema),
    rules: read<Rule>('rules', ruleSchema),
    goods: read<Goods>('goods', goodsSchema),
  };
}
