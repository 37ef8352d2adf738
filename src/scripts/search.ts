// The search page's enhancement (started by site.ts). The form works as a plain GET form; this answers it in the
// browser: first the goods categories the words name (the goods matcher, over the goods records),
// then the guidance pages that mention them (Pagefind). The query and filters stay in the address,
// so a search can be linked and the back button works.
import { excerptParts } from '../lib/browser/excerpt';
import type { RuleEntry } from '../lib/browser/goods-matcher/matcher';
import type { Explained, ExplainedCode, ExplainedMatch } from '../lib/browser/goods-matcher/explain';
import {
  hasFilters,
  passesFilters,
  queryString,
  readQuery,
  resultsSummary,
  type SearchQuery,
} from '../lib/browser/search-query';
import { explained, goodsIndex, goodsIndexFor } from './goods-lookup';
import { whenPrinted } from './when-printed';
import { SITE_NAME } from '../lib/site/meta';
import { element, explanation, link, statusTag } from './dom';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  search(term: string): Promise<{ results: PagefindResult[] }>;
}

// Each guidance result's details are a file of their own: fetch ten at a time, more when asked.
const PAGE_SIZE = 10;
// The search page's parts, found when the page has a search form (startSearch).
let form!: HTMLFormElement;
let input!: HTMLInputElement;
let filters!: HTMLDetailsElement;
let status!: HTMLElement;
let goodsSection!: HTMLElement;
let ruleAnswers!: HTMLElement;
let codeAnswers!: HTMLElement;
let goodsList!: HTMLElement;
let nothingFound!: HTMLElement;
let noneWay!: HTMLElement;
let guidanceSection!: HTMLElement;
let guidanceList!: HTMLElement;
let fallback!: HTMLElement;
let more!: HTMLButtonElement;
let pending: PagefindResult[] = [];

let pagefind: Promise<Pagefind> | undefined;
/** Pagefind is fetched only once someone searches (or starts to type). */
function loadPagefind(): Promise<Pagefind> {
  // Pagefind's files are written after the site is built, so its address is not a module to bundle.
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

function fillForm(query: SearchQuery): void {
  input.value = query.q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = (query[box.name as 'status' | 'rule' | 'way'] ?? []).includes(box.value);
  }
  // A filtered search shows its filters, so that the reader can see why results are missing.
  if (hasFilters(query)) filters.open = true;
}

function formQuery(): SearchQuery {
  return readQuery(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

/**
 * One category: its everyday name as a link, its status and rule, its legal wording, why it was
 * given (the words, heading or code that matched, each code linked to the UK Trade Tariff), and,
 * where a code tied it to the words though its rule is not defined by code, a note saying so.
 */
function goodsItem(match: ExplainedMatch): HTMLLIElement {
  const { entry } = match;
  const item = element('li', 'app-search-result');
  const heading = element('h3', 'govuk-heading-s app-search-result__title');
  heading.append(link(entry.url, entry.title));
  const rule = element('p', 'govuk-body-s app-search-result__rule');
  rule.append(statusTag(entry.status), ' ', entry.ruleName);
  // Whose rule it is and which way the goods go, in words: an import ban is not an export ban.
  const kind = element('p', 'govuk-body-s app-search-result__direction', entry.kind);
  item.append(heading, kind, rule);
  if (entry.name.toLowerCase() !== entry.title.toLowerCase())
    item.append(element('p', 'govuk-body-s app-search-result__wording', `Listed as: ${entry.name}`));
  if (match.why.length > 0) {
    const why = explanation('p', 'govuk-body-s app-search-result__matched', match.why);
    why.dataset.words = match.matched.join(', ');
    item.append(why);
  }
  if (match.note) item.append(element('p', 'govuk-body-s app-search-result__note', match.note));
  return item;
}

/** A commodity code read in the words: what the site knows it holds, with its Trade Tariff page. */
function codeAnswer(read: ExplainedCode): HTMLElement {
  const box = element('div', 'govuk-inset-text app-code-answer');
  box.dataset.code = read.code;
  box.append(...read.paragraphs.map((parts) => explanation('p', 'govuk-body', parts)));
  return box;
}

/** A whole rule the words name ("luxury goods"): a pointer to every category under it. */
function ruleAnswer(rule: RuleEntry): HTMLElement {
  const box = element('div', 'govuk-inset-text app-rule-answer');
  box.dataset.rule = rule.id;
  const text = element('p', 'govuk-body');
  text.append('Your words name a whole rule: ', link(rule.url, rule.name), ' ');
  text.append(statusTag(rule.status));
  box.append(text);
  return box;
}

/** One guidance page that mentions the words, with the words in context. */
function guidanceItem(result: PagefindResultData): HTMLLIElement {
  const item = element('li', 'app-search-result');
  const heading = element('h3', 'govuk-heading-s app-search-result__title');
  heading.append(link(result.url, result.meta.title ?? result.url));
  const excerpt = element('p', 'govuk-body-s app-search-result__excerpt');
  for (const part of excerptParts(result.excerpt))
    excerpt.append(part.mark ? element('mark', undefined, part.text) : part.text);
  item.append(heading, excerpt);
  return item;
}

function showGoods(matches: Explained, query: SearchQuery): ExplainedMatch[] {
  const goods = matches.goods.filter((match) => passesFilters(match.entry, query));
  ruleAnswers.replaceChildren(...matches.rules.map(ruleAnswer));
  codeAnswers.replaceChildren(...matches.codes.map(codeAnswer));
  goodsList.replaceChildren(...goods.map(goodsItem));
  nothingFound.hidden = goods.length > 0;
  // Only rules for the other way were found: they do not say the goods may go the way the words
  // give. A filter that keeps one way says which way the reader means, and shows nothing else.
  const none = query.q && query.way.length !== 1 && goods.length > 0 ? matches.noneThisWay : undefined;
  noneWay.querySelector('span:last-child')!.textContent = none ?? '';
  noneWay.hidden = !none;
  goodsSection.hidden = false;
  return goods;
}

async function showGuidance(q: string): Promise<number> {
  const search = await (await loadPagefind()).search(q);
  const results = await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()));
  pending = search.results.slice(PAGE_SIZE);
  guidanceList.replaceChildren(...results.map(guidanceItem));
  more.hidden = pending.length === 0;
  guidanceSection.hidden = results.length === 0;
  return search.results.length;
}

function clear(): void {
  goodsSection.hidden = true;
  guidanceSection.hidden = true;
  goodsList.replaceChildren();
  guidanceList.replaceChildren();
  ruleAnswers.replaceChildren();
  codeAnswers.replaceChildren();
}

let latest = 0;
async function run(query: SearchQuery): Promise<void> {
  const ticket = ++latest;
  // For anything that waits on the page (tests included): the answer is complete once this is "done".
  status.dataset.state = 'searching';
  document.title = query.q ? `${query.q} - Search - ${SITE_NAME}` : `Search - ${SITE_NAME}`;
  if (!query.q && !hasFilters(query)) {
    clear();
    status.textContent = 'Type the goods you want to check, then press Search.';
    status.dataset.state = 'done';
    return;
  }
  status.textContent = query.q ? `Searching for ‘${query.q}’…` : 'Listing the categories you chose…';
  try {
    const { matcher, recordAnswer } = await goodsIndexFor(query.q);
    // No words but a filter: every category the filter selects, in A to Z order.
    const matches: Explained = query.q
      ? (await explained([matcher.match(query.q)]))[0]!
      : {
          goods: [...matcher.entries]
            .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'))
            .map((entry) => ({ entry, score: 0, matched: [], found: 'words' as const, codes: [], why: [] })),
          rules: [],
          codes: [],
        };
    if (ticket !== latest) return;
    const goods = showGoods(matches, query);
    fallback.hidden = true;
    // Printed under the answer: when it was made and against which content. Dated now, written
    // out only if the page is printed.
    const checkedAt = new Date();
    const record = document.getElementById('search-record')!;
    record.hidden = true;
    whenPrinted(() =>
      recordAnswer(
        record,
        goods.map((match) => match.entry),
        checkedAt,
      ),
    );
    if (!query.q) {
      guidanceSection.hidden = true;
      status.textContent = resultsSummary(goods.length, undefined, query);
      status.dataset.state = 'done';
      return;
    }
    status.textContent = resultsSummary(goods.length, undefined, query);
    const guidance = await showGuidance(query.q);
    if (ticket !== latest) return;
    status.textContent = resultsSummary(goods.length, guidance, query);
    status.dataset.state = 'done';
  } catch {
    if (ticket !== latest) return;
    clear();
    more.hidden = true;
    status.textContent = 'Search is not available at the moment.';
    fallback.hidden = false;
    status.dataset.state = 'failed';
  }
}

function go(push: boolean): void {
  const query = formQuery();
  const url = `${location.pathname}${queryString(query)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  void run(query);
}

/** Runs the search page: site.ts, the script every page loads, calls it where there is a search form. */
export function startSearch(searchForm: HTMLFormElement): void {
  form = searchForm;
  input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  filters = document.getElementById('search-filters') as HTMLDetailsElement;
  status = document.getElementById('search-status')!;
  goodsSection = document.getElementById('goods-section')!;
  ruleAnswers = document.getElementById('rule-answers')!;
  codeAnswers = document.getElementById('code-answers')!;
  goodsList = document.getElementById('goods-results')!;
  nothingFound = document.getElementById('nothing-found')!;
  noneWay = document.getElementById('none-this-way')!;
  guidanceSection = document.getElementById('guidance-section')!;
  guidanceList = document.getElementById('search-results')!;
  fallback = document.getElementById('search-fallback')!;
  more = document.getElementById('search-more') as HTMLButtonElement;
  document.getElementById('search-no-script')!.hidden = true;

  // The next ten guidance results; focus moves to the first of them so keyboard users carry on there.
  more.addEventListener('click', async () => {
    const ticket = latest;
    const results = await Promise.all(pending.slice(0, PAGE_SIZE).map((result) => result.data()));
    if (ticket !== latest) return;
    pending = pending.slice(PAGE_SIZE);
    const items = results.map(guidanceItem);
    guidanceList.append(...items);
    more.hidden = pending.length === 0;
    items[0]?.querySelector('a')?.focus();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go(true);
  });
  // A ticked or unticked filter applies at once; the Apply button still works without this.
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).type === 'checkbox') go(false);
  });
  input.addEventListener(
    'focus',
    () => {
      void goodsIndex().catch(() => undefined);
      void loadPagefind().catch(() => undefined);
    },
    { once: true },
  );
  window.addEventListener('popstate', () => {
    const query = readQuery(new URLSearchParams(location.search));
    fillForm(query);
    void run(query);
  });

  const initial = readQuery(new URLSearchParams(location.search));
  fillForm(initial);
  void run(initial);
}
