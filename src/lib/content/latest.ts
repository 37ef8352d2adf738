/** How many guidance pages the home page lists: the rest are found through topics and search. */
export const HOME_GUIDANCE_COUNT = 10;

/** The most recently updated guidance first (by title where two were updated the same day). */
export function latestGuidance<T extends { data: { title: string; updated: Date } }>(
  guidance: T[],
  count = HOME_GUIDANCE_COUNT,
): T[] {
  return [...guidance]
    .sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.data.title.localeCompare(b.data.title))
    .slice(0, count);
}
