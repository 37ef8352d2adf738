for (const button of document.querySelectorAll<HTMLButtonElement>('[data-module="app-print-button"]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
