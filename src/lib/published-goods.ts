import { stringify } from 'csv-stringify/sync';
import { publishedGoodsSchema, type PublishedGoods } from '../schemas/published-goods.ts';
import type { GoodsView } from './goods.ts';
import { goodsUrl } from './urls.ts';

/** The published form of each category, checked against its own schema before it goes out. */
export function publishedGoods(goods: GoodsView[], site: URL): PublishedGoods[] {
  return goods.map((item) =>
    publishedGoodsSchema.parse({
      id: item.id,
      name: item.name,
      status: item.ruleRecord.status,
      ruleId: item.ruleRecord.id,
      rule: item.ruleRecord.name,
      group: item.group,
      description: item.description ?? null,
      aliases: item.aliases,
      url: new URL(goodsUrl(item.id), site).href,
      guidanceUrl: new URL(item.listedAt.url, site).href,
    }),
  );
}

export const CSV_COLUMNS = [
  'id',
  'name',
  'status',
  'rule',
  'group',
  'aliases',
  'url',
  'guidanceUrl',
  'description',
] as const;

/** RFC 4180 CSV, one row per category; aliases joined with "; ". */
export function goodsCsv(goods: PublishedGoods[]): string {
  return stringify(
    goods.map((item) => ({ ...item, aliases: item.aliases.join('; '), description: item.description ?? '' })),
    { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows' },
  );
}
