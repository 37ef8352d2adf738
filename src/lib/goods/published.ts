import { stringify } from 'csv-stringify/sync';
import { publishedGoodsSchema, type PublishedGoods } from '../../schemas/published-goods.ts';
import type { GoodsView } from './views.ts';
import { goodsUrl } from '../routes/paths.ts';
import { isoDate } from '../site/dates.ts';

/** The published form of each category, checked against its own schema before it goes out. */
export function publishedGoods(goods: GoodsView[], site: URL): PublishedGoods[] {
  return goods.map((item) =>
    publishedGoodsSchema.parse({
      id: item.id,
      name: item.name,
      everydayName: item.everydayName,
      status: item.ruleRecord.status,
      appliesTo: item.ruleRecord.appliesTo,
      ruleId: item.ruleRecord.id,
      rule: item.ruleRecord.name,
      group: item.group,
      description: item.description ?? null,
      aliases: item.aliases,
      url: new URL(goodsUrl(item.id), site).href,
      guidanceUrl: new URL(item.listedAt.url, site).href,
      notVerified: item.ruleRecord.notVerified,
      alsoUnder: item.otherRules.map((other) => other.rule.id),
      hs: item.hs ?? [],
      hsNote: item.hsNote ?? null,
      ruleHsScope: item.ruleRecord.hsScope?.codes ?? [],
      updated: isoDate(item.updated),
      ruleUpdated: isoDate(item.ruleRecord.updated),
    }),
  );
}

/** Said wherever the list is published: the list is not a list of what may be sent. */
export const LIST_NOTICE =
  'A goods category that is not in this list, or goods that match none of its categories, may still be banned or controlled: other rules may apply. Ask the export control helpline before you export.';

export const CSV_COLUMNS = [
  'id',
  'everydayName',
  'name',
  'status',
  'appliesTo',
  'rule',
  'group',
  'aliases',
  'url',
  'guidanceUrl',
  'description',
  'notVerified',
  'alsoUnder',
  'hs',
  'hsNote',
  'ruleHsScope',
  'updated',
  'ruleUpdated',
] as const;

/**
 * RFC 4180 CSV, one row per category; aliases joined with "; ". It starts with a UTF-8 byte-order
 * mark, without which Excel reads the file in the system's legacy encoding ("aren’t" → "arenâ€™t").
 */
export function goodsCsv(goods: PublishedGoods[]): string {
  return stringify(
    goods.map((item) => ({
      ...item,
      aliases: item.aliases.join('; '),
      alsoUnder: item.alsoUnder.join('; '),
      hs: item.hs.join('; '),
      hsNote: item.hsNote ?? '',
      ruleHsScope: item.ruleHsScope.join('; '),
      description: item.description ?? '',
    })),
    { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows', bom: true },
  );
}
