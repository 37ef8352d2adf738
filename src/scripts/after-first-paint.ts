// Work that must not be part of a page's first paint: a linked search (search.html?q=…) fetches
// the goods matcher, its index and Pagefind, and builds the matcher. Started once the browser has
// reported the page's first contentful paint, none of that can delay the paint or be counted in
// it, however slow the device.

/** How long to wait for a paint the browser never reports before starting anyway. */
const LONGEST_WAIT_MS = 3000;

export function afterFirstPaint(start: () => void): void {
  let started = false;
  let observer: PerformanceObserver | undefined;
  const go = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    start();
  };
  // Without paint timing, the second animation frame comes after the first frame is drawn.
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(() => requestAnimationFrame(go));
    return;
  }
  observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) go();
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(go, LONGEST_WAIT_MS);
}
