// Work done only if the page is printed: a search's record is on paper only, and dating it loads
// the browser's calendar data, a long step on a slow phone that a reader who never prints should
// not wait through.

let pending: (() => void) | undefined;
let listening = false;

/**
 * Runs `make` before the page is next printed (from the browser's menu or a print button), in
 * place of what an earlier call left waiting: only the latest answer is printed.
 */
export function whenPrinted(make: () => void): void {
  pending = make;
  if (listening) return;
  listening = true;
  const run = () => {
    const next = pending;
    pending = undefined;
    next?.();
  };
  // "beforeprint" comes before the printout is laid out; the print media query also changes
  // where a page is shown as printed without printing it (a print preview emulated by a tool).
  addEventListener('beforeprint', run);
  matchMedia('print').addEventListener('change', (event) => {
    if (event.matches) run();
  });
}
