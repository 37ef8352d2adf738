// Apart from the zod value forms in common.ts on purpose: the browser's review-banner script
// reaches this pattern through src/lib/browser/review.ts, and importing common.ts would bundle zod into it
// (19 kB gzipped on every guidance page).

/** A review interval: "6 months", "1 year", "2 weeks", "30 days". */
export const REVIEW_INTERVAL = /^(\d+) (day|week|month|year)s?$/;
export const isReviewInterval = (value: string) => REVIEW_INTERVAL.test(value);
