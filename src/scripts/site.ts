// The one script every page loads: one request, whatever the page has. Each part does nothing on a
// page without its elements; all of it is progressive enhancement (every page works without it).
import { startGovukFrontend } from './govuk-frontend';
import { showOverdueBanners } from './review-banner';
import { enablePrintButtons } from './print-button';
import { startSearch } from './search';
import { startCheck } from './check';
import { afterFirstPaint } from './after-first-paint';

startGovukFrontend();
showOverdueBanners();
enablePrintButtons();
const searchForm = document.querySelector<HTMLFormElement>('[data-app-search]');
// A linked search (search.html?q=…) starts once the page has been painted.
if (searchForm) afterFirstPaint(() => startSearch(searchForm));
const checkForm = document.querySelector<HTMLFormElement>('#check-form');
if (checkForm) startCheck(checkForm);
