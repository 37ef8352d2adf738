// The list checker's page (started by site.ts): checks each line of a pasted list (or of a chosen file) with the goods
// matcher the search page uses, and shows a summary and a table. Everything happens here, in the
// browser: the list is never sent anywhere. It is kept in sessionStorage (this tab only, gone when
// the tab closes), not in the address, so a reload checks it again without it reaching any server.
import type { ListFile } from '../lib/browser/list-check/file';
import { splitLines, linesWord, MAX_LINES, type ListLine } from '../lib/browser/list-check/lines';
import type { Outcome, ExplainedLine } from '../lib/browser/list-check/check';
import { CONTACT_URL } from '../lib/routes/paths';
import { explained, goodsIndex, listTools, type ListTools } from './goods-lookup';
import type { AnswerRecord } from '../lib/browser/answer-record';
import { element, explanation, link, statusTag } from './dom';

const STORAGE_KEY = 'goods-check:list';
// The counting of answers, which loads with the lookup (set before any answer is shown).
let tools!: ListTools;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
// The page's parts, found when the page has the list checker's form (startCheck).
let form!: HTMLFormElement;
let textarea!: HTMLTextAreaElement;
let fileInput!: HTMLInputElement;
let columnGroup!: HTMLElement;
let columnSelect!: HTMLSelectElement;
let codeColumnGroup!: HTMLElement;
let codeColumnSelect!: HTMLSelectElement;
let errors!: HTMLElement;
let status!: HTMLElement;
let results!: HTMLElement;
let heading!: HTMLElement;
let download!: HTMLButtonElement;
let checked: ExplainedLine[] = [];
/** When and against which content the list was checked: shown with the results, and in the CSV. */
let record: AnswerRecord | undefined;
let chosenFile: ListFile | undefined;

function remember(text: string): void {
  try {
    if (text) sessionStorage.setItem(STORAGE_KEY, text);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be turned off; the check still works, it just does not survive a reload.
  }
}

function remembered(): string {
  try {
    return sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** GOV.UK error pattern: the summary at the top, linking to the field, and the message at the field. */
function showErrors(problems: Array<{ field: 'check-lines' | 'check-file'; message: string }>): void {
  const list = byId('check-error-list');
  list.replaceChildren(
    ...problems.map(({ field, message }) => {
      const item = element('li');
      const anchor = element('a', undefined, message);
      anchor.href = `#${field}`;
      // As GOV.UK Frontend's error summary does: the link puts the reader in the field.
      anchor.addEventListener('click', (event) => {
        event.preventDefault();
        byId(field).focus();
      });
      item.append(anchor);
      return item;
    }),
  );
  for (const field of ['check-lines', 'check-file'] as const) {
    const problem = problems.find((entry) => entry.field === field);
    const group = form.querySelector<HTMLElement>(`[data-field="${field}"]`)!;
    const message = byId(`${field}-error`);
    const control = byId(field);
    group.classList.toggle('govuk-form-group--error', Boolean(problem));
    control.classList.toggle(
      field === 'check-lines' ? 'govuk-textarea--error' : 'govuk-file-upload--error',
      Boolean(problem),
    );
    message.hidden = !problem;
    message.replaceChildren(...(problem ? [element('span', 'govuk-visually-hidden', 'Error: '), problem.message] : []));
    const described = [`${field}-hint`, ...(problem ? [`${field}-error`] : [])].join(' ');
    control.setAttribute('aria-describedby', described);
  }
  errors.hidden = problems.length === 0;
  if (problems.length > 0) {
    document.title = `Error: ${document.title.replace(/^Error: /, '')}`;
    errors.focus();
  } else document.title = document.title.replace(/^Error: /, '');
}

/** The first category of a line, as a link, with the reader's words it matched. */
function categoryCell(line: ExplainedLine): HTMLTableCellElement {
  const cell = element('td', 'govuk-table__cell');
  const first = line.goods[0];
  if (!first) {
    cell.append(
      element('strong', undefined, 'No category found'),
      ' — this does not mean it may be sent. ',
      link(CONTACT_URL, 'Ask the export control helpline'),
    );
    return cell;
  }
  cell.append(link(first.entry.url, first.entry.title));
  if (first.why.length > 0) cell.append(explanation('span', 'app-check-table__matched', first.why));
  if (first.note) cell.append(element('span', 'app-check-table__note', first.note));
  return cell;
}

function othersCell(line: ExplainedLine): HTMLTableCellElement {
  const cell = element('td', 'govuk-table__cell');
  const others = line.goods.slice(1);
  if (others.length === 0) return cell;
  const list = element('ul', 'govuk-list app-check-table__others');
  list.append(
    ...others.map(({ entry }) => {
      const item = element('li');
      item.append(link(entry.url, entry.title), ` (${statusTag(entry.status).textContent})`);
      return item;
    }),
  );
  cell.append(list);
  return cell;
}

/**
 * A line's outcome as a tag: its first category's status, or a grey "Not matched"; followed by
 * which way its rule is about where that is importing from North Korea.
 */
function outcomeTag(outcome: Outcome): HTMLElement {
  if (!('way' in outcome)) return element('strong', 'govuk-tag govuk-tag--grey', 'Not matched');
  if (!outcome.countNote) return statusTag(outcome.status);
  const both = element('span');
  both.append(statusTag(outcome.status), ' ', outcome.countNote);
  return both;
}

/** The first category's rule, with whose rule it is and which way the goods go. */
function ruleCell(line: ExplainedLine): HTMLTableCellElement {
  const cell = element('td', 'govuk-table__cell');
  const entry = line.goods[0]?.entry;
  if (entry) cell.append(entry.rule, element('span', 'govuk-body-s app-check-table__direction', entry.kind));
  return cell;
}

function row(line: ExplainedLine): HTMLTableRowElement {
  const tr = element('tr', 'govuk-table__row');
  const statusCell = element('td', 'govuk-table__cell');
  statusCell.append(outcomeTag(tools.outcomeOf(line)));
  const lineCell = element('td', 'govuk-table__cell app-check-table__line');
  lineCell.append(element('span', 'app-check-table__text', line.text));
  for (const read of line.codes) lineCell.append(explanation('span', 'app-check-table__code', read.paragraphs[0]!));
  tr.append(
    element('td', 'govuk-table__cell govuk-table__cell--numeric', String(line.number)),
    lineCell,
    statusCell,
    categoryCell(line),
    ruleCell(line),
    othersCell(line),
  );
  return tr;
}

function showResults(lines: ExplainedLine[], left: number): string {
  const summary = tools.summarise(lines);
  byId('check-summary-text').textContent = `${linesWord(summary.total)} checked.`;
  byId('check-summary').replaceChildren(
    ...summary.counts.map(({ outcome, lines: count }) => {
      const entry = element('div', 'govuk-summary-list__row');
      const key = element('dt', 'govuk-summary-list__key');
      key.append(outcomeTag(outcome));
      entry.append(key, element('dd', 'govuk-summary-list__value', linesWord(count)));
      return entry;
    }),
  );
  const leftText =
    left > 0
      ? `Only the first ${MAX_LINES.toLocaleString('en-GB')} lines were checked. Check the other ${linesWord(left)} as a second list.`
      : '';
  byId('check-left-text').textContent = leftText;
  byId('check-left').hidden = left === 0;
  byId('check-not-matched').hidden = !lines.some((line) => line.goods.length === 0);
  const rows = document.createDocumentFragment();
  rows.append(...lines.map(row));
  byId('check-rows').replaceChildren(rows);
  results.hidden = false;
  return `${tools.summaryText(summary)}${leftText ? ` ${leftText}` : ''}`;
}

let latest = 0;
async function check(lines: ListLine[], left: number, focus: boolean): Promise<void> {
  const ticket = ++latest;
  // For anything that waits on the page (tests included): the results are complete once "done".
  status.dataset.state = 'checking';
  status.textContent = `Checking ${linesWord(lines.length)}…`;
  try {
    const [{ matcher, recordAnswer }, counting] = await Promise.all([goodsIndex(), listTools()]);
    tools = counting;
    if (ticket !== latest) return;
    const found = tools.checkLines(lines, (text) => matcher.match(text));
    // The codes the answers show, labelled (the labels load only if a line has a code).
    const answers = await explained(found.map(({ goods, codes }) => ({ goods, codes, rules: [] })));
    if (ticket !== latest) return;
    checked = found.map((line, index) => ({ ...line, goods: answers[index]!.goods, codes: answers[index]!.codes }));
    status.textContent = showResults(checked, left);
    record = recordAnswer(
      byId('check-record'),
      checked.flatMap((line) => line.goods.map((match) => match.entry)),
    );
    status.dataset.state = 'done';
    if (focus) heading.focus();
  } catch {
    if (ticket !== latest) return;
    status.textContent = 'The list could not be checked: the goods list did not load. Reload the page to try again.';
    status.dataset.state = 'failed';
  }
}

function clearResults(): void {
  latest++;
  checked = [];
  results.hidden = true;
  byId('check-rows').replaceChildren();
}

/** A file's columns as the options of a select, by name (or place, where a column has no name). */
function columnOptions(columns: string[], selected: number | undefined): HTMLOptionElement[] {
  return columns.map((name, position) => {
    const option = element('option', undefined, name || `Column ${position + 1}`);
    option.value = String(position);
    option.selected = position === selected;
    return option;
  });
}

/** Runs the list checker: site.ts, the script every page loads, calls it where there is its form. */
export function startCheck(checkForm: HTMLFormElement): void {
  form = checkForm;
  textarea = byId<HTMLTextAreaElement>('check-lines');
  fileInput = byId<HTMLInputElement>('check-file');
  columnGroup = byId('check-column-group');
  columnSelect = byId<HTMLSelectElement>('check-column');
  codeColumnGroup = byId('check-code-column-group');
  codeColumnSelect = byId<HTMLSelectElement>('check-code-column');
  errors = byId('check-errors');
  status = byId('check-status');
  results = byId('check-results');
  heading = byId('check-results-heading');
  download = byId<HTMLButtonElement>('check-download');
  byId('check-no-script').hidden = true;
  form.hidden = false;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { lines, left } = splitLines(textarea.value);
    if (lines.length === 0) {
      showErrors([{ field: 'check-lines', message: 'Enter your goods, one item per line, or choose a file' }]);
      return;
    }
    showErrors([]);
    remember(textarea.value);
    void check(lines, left, true);
  });

  byId('check-clear').addEventListener('click', () => {
    textarea.value = '';
    fileInput.value = '';
    chosenFile = undefined;
    columnGroup.hidden = true;
    codeColumnGroup.hidden = true;
    remember('');
    showErrors([]);
    clearResults();
    status.dataset.state = 'cleared';
    status.textContent = 'Your list is cleared.';
    textarea.focus();
  });

  /** Puts a column of the chosen file in the box, one cell per line, with its code column's codes. */
  async function useColumn(file: ListFile, index: number, name: string): Promise<void> {
    const { columnText } = await import('../lib/browser/list-check/file');
    const codeIndex = codeColumnSelect.value === '' ? undefined : Number(codeColumnSelect.value);
    textarea.value = columnText(file, index, codeIndex);
    const count = splitLines(textarea.value, Infinity).lines.length;
    const column = file.columns[index] ? ` from the ‘${file.columns[index]}’ column` : '';
    status.dataset.state = 'loaded';
    status.textContent = `${linesWord(count)}${column} of ${name} put in the box. Press “Check goods” to check them.`;
  }

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const { fileProblem, readListFile, descriptionColumn, codeColumn } = await import('../lib/browser/list-check/file');
    const problem = fileProblem(file.name, file.size);
    if (problem) {
      showErrors([{ field: 'check-file', message: problem }]);
      return;
    }
    showErrors([]);
    chosenFile = readListFile(file.name, await file.text());
    const index = descriptionColumn(chosenFile);
    columnSelect.replaceChildren(...columnOptions(chosenFile.columns, index));
    columnGroup.hidden = chosenFile.columns.length < 2;
    const codes = codeColumn(chosenFile);
    const none = element('option', undefined, 'None');
    none.value = '';
    none.selected = codes === undefined;
    codeColumnSelect.replaceChildren(none, ...columnOptions(chosenFile.columns, codes));
    codeColumnGroup.hidden = chosenFile.columns.length < 2;
    await useColumn(chosenFile, index, file.name);
  });

  for (const select of [columnSelect, codeColumnSelect])
    select.addEventListener('change', () => {
      if (chosenFile) void useColumn(chosenFile, Number(columnSelect.value), fileInput.files?.[0]?.name ?? 'the file');
    });

  // The results as a CSV file, made here: Papa Parse loads only now.
  download.addEventListener('click', async () => {
    if (!record) return;
    const { resultRows, toCsv, csvFileName } = await import('../lib/browser/list-check/csv');
    const rows = resultRows(checked, { origin: location.origin, notMatchedNote: download.dataset.note ?? '' });
    const csv = toCsv(rows, record);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const anchor = element('a');
    anchor.href = url;
    anchor.download = csvFileName(record);
    anchor.hidden = true;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });

  // The matcher starts loading as soon as someone starts on a list.
  textarea.addEventListener('focus', () => void goodsIndex().catch(() => undefined), { once: true });

  // A reload (or coming back to the page in the same tab) checks the kept list again.
  const kept = remembered();
  if (kept) {
    textarea.value = kept;
    const { lines, left } = splitLines(kept);
    void check(lines, left, false);
  }
}
