// The print button is shown only where JavaScript can print; the print stylesheet works either way.
export function enablePrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-module="app-print-button"]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
