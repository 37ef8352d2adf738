import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../src/markdown/index.ts';
import type { SiteRecords } from '../../src/lib/content/records.ts';
import { markdownFindings, type MarkdownProblem, type SiteLink } from '../../src/lib/content/findings.ts';

/** The dated history a record needs: first published, and nothing since. */
const FIRST_PUBLISHED = {
  updated: new Date('2026-01-02T00:00:00Z'),
  history: [{ date: new Date('2026-01-02T00:00:00Z'), note: 'First published.' }],
};

/** Small records for the Markdown extensions to draw on, independent of the site's content. */
export const TEST_RECORDS: SiteRecords = {
  topics: [],
  hsChapters: [],
  organisations: [{ id: 'test-org', name: 'Test Organisation', formerName: 'Old Test Office (OTO)' }],
  contacts: [
    {
      id: 'test-helpline',
      name: 'Test helpline',
      organisation: 'test-org',
      email: 'help@example.org',
      telephone: '020 7946 0000',
      address: ['Test House', 'London', 'SW1A 1AA'],
      checked: new Date('2026-01-02T00:00:00Z'),
    },
  ],
  rules: [],
  goods: [
    {
      id: 'caviar',
      name: 'caviar and caviar substitutes',
      earlierWording: 'caviar and substitutes for it',
      everydayName: 'Caviar',
      rule: 'ban',
      group: 'Luxury',
      aliases: ['caviar'],
      ...FIRST_PUBLISHED,
    },
    {
      id: 'horses',
      name: 'pure bred horses',
      everydayName: 'Horses',
      rule: 'ban',
      group: 'Luxury',
      aliases: ['horse'],
      ...FIRST_PUBLISHED,
    },
    {
      id: 'drugs',
      name: 'Illicit Drugs',
      everydayName: 'Illegal drugs',
      rule: 'prohibited',
      group: 'Harmful',
      aliases: ['heroin'],
      description: 'Drugs are <b>banned</b>.',
      ...FIRST_PUBLISHED,
    },
  ],
};

const processor = createMarkdownProcessor({ ...markdownOptions(TEST_RECORDS), syntaxHighlight: false });

/** Renders Markdown exactly as the site does; returns the HTML and the problems found. */
export async function renderMarkdown(
  markdown: string,
  frontmatter: Record<string, unknown> = {},
): Promise<{ html: string; problems: MarkdownProblem[]; links: SiteLink[] }> {
  const result = await (await processor).render(markdown, { frontmatter });
  return { html: result.code, ...markdownFindings(result.metadata.frontmatter) };
}
