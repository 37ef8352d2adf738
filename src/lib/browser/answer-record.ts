// The record of an answer: what a compliance officer files with a checked list or a printed
// search, to show later what was checked, when, and against which content. The list checker's
// screen, its printout and its CSV, and a printed search answer, all carry the same fields.
// Runs in the browser (and in Node for the tests): no Node modules.

/** What the goods index carries for a record, beside the records the matcher reads. */
export interface ContentDates {
  /** The content version the index was built from: its newest change (YYYY-MM-DD) and its hash. */
  version: { date: string; id: string };
  /** When each rule and each goods category last changed (YYYY-MM-DD), by id. */
  rules: Record<string, string>;
  goods: Record<string, string>;
}

export interface AnswerRecord {
  /** When the reader's browser made the answer, and the time zone it reads the time in. */
  checkedAt: Date;
  timeZone: string;
  version: ContentDates['version'];
  /** The newest change (YYYY-MM-DD) to any rule or category in the answer; none when nothing matched. */
  newestChange: string | undefined;
  /** Where the answer was made: the page's address. */
  address: string;
  /** That finding no category is not a clearance, with whom to ask. */
  notice: string;
}

/** The newest change to the rules and categories of an answer's goods. */
export function newestChange(goods: Array<{ id: string; ruleId: string }>, dates: ContentDates): string | undefined {
  const changed = goods.flatMap((item) => [dates.goods[item.id], dates.rules[item.ruleId]]);
  return changed
    .filter((date) => date !== undefined)
    .sort()
    .at(-1);
}

const part = (parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes) =>
  parts.find((entry) => entry.type === type)?.value ?? '';

/**
 * A moment as the reader's clock shows it in a time zone: in ISO 8601 with its offset from UTC
 * (for a spreadsheet or a program) and in words (for a person).
 */
export function localTime(date: Date, timeZone: string): { iso: string; text: string; offset: string } {
  const numeric = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(date);
  // "GMT+05:30", or "GMT" alone at UTC.
  const offset = part(numeric, 'timeZoneName').replace(/^GMT$/, 'GMT+00:00').replace(/^GMT/, '');
  const [year, month, day, hour, minute, second] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((type) =>
    part(numeric, type as Intl.DateTimeFormatPartTypes),
  );
  const words = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h12',
  }).formatToParts(date);
  // GOV.UK style: 1:05am, not 1:05 am.
  const time = `${part(words, 'hour')}:${part(words, 'minute')}${part(words, 'dayPeriod').toLowerCase().replace(/\s/g, '')}`;
  return {
    iso: `${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`,
    text: `${part(words, 'day')} ${part(words, 'month')} ${part(words, 'year')} at ${time} (${timeZone}, UTC${offset})`,
    offset,
  };
}

/** A calendar date (YYYY-MM-DD) in GOV.UK style: 23 November 2026. */
export const dayInWords = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** One line of a record: its label, how a person reads it, and how a spreadsheet gets it. */
export interface RecordRow {
  label: string;
  text: string;
  value: string;
}

/**
 * The record's fields, in the order the screen, the printout and the CSV give them. The notice is
 * not one of them: the page shows it as a warning, and the CSV adds it after them.
 */
export function recordRows(record: AnswerRecord): RecordRow[] {
  const checked = localTime(record.checkedAt, record.timeZone);
  const { date, id } = record.version;
  return [
    { label: 'Checked', text: checked.text, value: `${checked.iso} (${record.timeZone})` },
    {
      label: 'Content version',
      text: `${id}, last changed ${dayInWords(date)}`,
      value: `${id} (last changed ${date})`,
    },
    {
      label: 'Rules and categories used last changed',
      text: record.newestChange ? dayInWords(record.newestChange) : 'None: no goods category was found',
      value: record.newestChange ?? 'None: no goods category was found',
    },
    { label: 'Address', text: record.address, value: record.address },
  ];
}
