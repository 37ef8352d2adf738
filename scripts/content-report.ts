// `npm run content:report`: every guidance page with its review dates, the oldest review first,
// so an editor can see which pages need checking next.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { guidanceSchema } from '../src/schemas/guidance.ts';
import { readFrontmatter } from '../src/lib/content/frontmatter.ts';
import { reviewRows } from '../src/lib/content/review-report.ts';
import { localToday } from '../src/lib/browser/review.ts';

const root = resolve(import.meta.dirname, '..');
const dir = resolve(root, process.env.SITE_CONTENT_DIR ?? 'content', 'guidance');
const today = localToday();
const pages = readdirSync(dir)
  .filter((file) => file.endsWith('.md'))
  .map((file) => ({ file: join('guidance', file), data: guidanceSchema.parse(readFrontmatter(join(dir, file))) }));

const rows = reviewRows(pages, today);
const width = Math.max(...rows.map((row) => row.file.length), 4);
console.log(`Guidance review dates on ${today}, oldest review first\n`);
console.log(`${'page'.padEnd(width)}  last reviewed  review due   status`);
for (const row of rows) {
  console.log(`${row.file.padEnd(width)}  ${row.lastReviewed}     ${row.due}   ${row.overdue ? 'OVERDUE' : 'in date'}`);
}
console.log(`\n${rows.length} page(s), ${rows.filter((row) => row.overdue).length} overdue.`);
