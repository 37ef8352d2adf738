// The search page's enhancement. The form works as a plain GET form; this script runs the search
// in the browser with Pagefind, keeps the query and filters in the address (so results can be
// linked and the back button works), and announces the number of results.
import { excerptParts } from '../lib/excerpt';
import { STATUS_LABELS } from '../lib/status';
import { pagefindFilters, queryString, readQuery, resultsSummary, type SearchQuery } from '../lib/search-query';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string,
    options: { filters: Record<string, unknown> },
  ): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

// Each result's details are a file of their own: fetch ten at a time, more only when asked for.
const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('[data-app-search]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.getElementById('search-status')!;
const list = document.getElementById('search-results')!;
const fallback = document.getElementById('search-fallback')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
let pending: Array<{ data(): Promise<PagefindResultData> }> = [];

let pagefind: Promise<Pagefind> | undefined;
/** Pagefind is fetched only once someone searches (or starts to type). */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Short pages (a goods category) rank above long articles that only mention the word.
    await module.options({ ranking: { pageLength: 0.9, termFrequency: 0.6 } });
    return module;
  })();
  return pagefind;
}

function fillForm(query: SearchQuery): void {
  input.value = query.q;
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    box.checked = (query[box.name as 'status' | 'rule'] ?? []).includes(box.value);
  }
}

function formQuery(): SearchQuery {
  return readQuery(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const TAG_CLASSES = new Map(Object.values(STATUS_LABELS).map((status) => [status.label, status.tagClass]));

/** One result: its name as a link, its status tag and rule, and the matching words in context. */
function resultItem(result: PagefindResultData): HTMLLIElement {
  const item = element('li', 'app-search-result');
  const heading = element('h2', 'govuk-heading-s app-search-result__title');
  const link = element('a', 'govuk-link', result.meta.title ?? result.url);
  link.href = result.url;
  heading.append(link);
  item.append(heading);
  const details = element('p', 'govuk-body-s app-search-result__rule');
  if (result.meta.status) {
    details.append(
      element('strong', `govuk-tag ${TAG_CLASSES.get(result.meta.status) ?? ''}`, result.meta.status),
      ' ',
      result.meta.rule ?? '',
    );
  } else {
    details.append('Guidance');
  }
  item.append(details);
  const excerpt = element('p', 'govuk-body-s app-search-result__excerpt');
  for (const part of excerptParts(result.excerpt))
    excerpt.append(part.mark ? element('mark', undefined, part.text) : part.text);
  item.append(excerpt);
  return item;
}

let latest = 0;
async function run(query: SearchQuery): Promise<void> {
  const ticket = ++latest;
  document.title = query.q ? `${query.q} - Search - North Korea Trade Guidance` : 'Search - North Korea Trade Guidance';
  if (!query.q) {
    list.replaceChildren();
    status.textContent = 'Type the goods you want to check, then press Search.';
    return;
  }
  status.textContent = `Searching for ‘${query.q}’…`;
  try {
    const search = await (await loadPagefind()).search(query.q, { filters: pagefindFilters(query) });
    const results = await Promise.all(search.results.slice(0, PAGE_SIZE).map((result) => result.data()));
    if (ticket !== latest) return; // a newer search has started
    pending = search.results.slice(PAGE_SIZE);
    list.replaceChildren(...results.map(resultItem));
    more.hidden = pending.length === 0;
    status.textContent = resultsSummary(search.results.length, query);
    fallback.hidden = true;
  } catch {
    if (ticket !== latest) return;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Search is not available at the moment.';
    fallback.hidden = false;
  }
}

function go(push: boolean): void {
  const query = formQuery();
  const url = `${location.pathname}${queryString(query)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  void run(query);
}

// The next ten results; focus moves to the first of them so keyboard users carry on from there.
more.addEventListener('click', async () => {
  const ticket = latest;
  const next = pending.slice(0, PAGE_SIZE);
  const results = await Promise.all(next.map((result) => result.data()));
  if (ticket !== latest) return;
  pending = pending.slice(PAGE_SIZE);
  const items = results.map(resultItem);
  list.append(...items);
  more.hidden = pending.length === 0;
  items[0]?.querySelector('a')?.focus();
});

form.addEventListener('submit', (event) => {
  event.preventDefault();
  go(true);
});
// A ticked or unticked filter applies at once; the submit buttons still work without this.
form.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).type === 'checkbox') go(false);
});
input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
window.addEventListener('popstate', () => {
  const query = readQuery(new URLSearchParams(location.search));
  fillForm(query);
  void run(query);
});

const initial = readQuery(new URLSearchParams(location.search));
fillForm(initial);
void run(initial);
