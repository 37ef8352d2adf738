// One formatter for every date on the site: creating one per call made formatting dates the
// single most expensive function of page generation (measured with --cpu-prof at 2,000 pages).
const GOV_UK_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** GOV.UK date style: 23 November 2026. Dates are calendar dates, so they are read in UTC. */
export function formatDate(date: Date): string {
  return GOV_UK_DATE.format(date);
}

/** The machine-readable form for <time datetime> and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
