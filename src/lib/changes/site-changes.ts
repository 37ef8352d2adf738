import type { HistoryEntry } from '../../schemas/history.ts';
import { goodsUrl } from '../routes/paths.ts';

/** What kind of thing changed: a guidance page, or a record shown on the site. */
export type ChangeKind = 'guidance' | 'rule' | 'goods';

/** How each kind is named beside its title ("Goods category: Caviar"). */
export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  guidance: 'Guidance',
  rule: 'Rule',
  goods: 'Goods category',
};

/** One entry of one history, with what it belongs to and where a reader sees it. */
export interface SiteChange extends HistoryEntry {
  kind: ChangeKind;
  /** The page's or record's id. */
  id: string;
  title: string;
  /** The page that shows it: a rule's is the guidance page that explains it. */
  url: string;
  /** Its place in its history, counted from 1 (oldest): with kind and id, it names the change for good. */
  position: number;
}

interface ChangeSources {
  guidance: Array<{ id: string; data: { title: string; permalink: string; history: HistoryEntry[] } }>;
  rules: Array<{ id: string; name: string; guidance: string; history: HistoryEntry[] }>;
  goods: Array<{ id: string; everydayName: string; history: HistoryEntry[] }>;
}

const KIND_ORDER: ChangeKind[] = ['guidance', 'rule', 'goods'];

/**
 * Every change the site records, newest first: each guidance page's history and each rule's and
 * goods category's. Histories are kept by day, so within a day a later entry of one history comes
 * before an earlier one, and a thing's first publication after its changes that day.
 */
export function siteChanges(site: ChangeSources): SiteChange[] {
  const permalinks = new Map(site.guidance.map((page) => [page.id, page.data.permalink]));
  const entries = (kind: ChangeKind, id: string, title: string, url: string, history: HistoryEntry[]) =>
    history.map((entry, index): SiteChange => ({ ...entry, kind, id, title, url, position: index + 1 }));
  const changes = [
    ...site.guidance.flatMap((page) =>
      entries('guidance', page.id, page.data.title, page.data.permalink, page.data.history),
    ),
    ...site.rules.flatMap((rule) =>
      entries('rule', rule.id, rule.name, permalinks.get(rule.guidance) ?? '/', rule.history),
    ),
    ...site.goods.flatMap((item) => entries('goods', item.id, item.everydayName, goodsUrl(item.id), item.history)),
  ];
  return changes.sort(
    (a, b) =>
      b.date.getTime() - a.date.getTime() ||
      Number(a.position === 1) - Number(b.position === 1) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.title.localeCompare(b.title, 'en-GB') ||
      b.position - a.position,
  );
}
