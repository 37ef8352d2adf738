// The one script every page loads: one request, whatever the page has. Each part does nothing on a
// page without its elements; all of it is progressive enhancement (every page works without it).
import { startGovukFrontend } from './govuk-frontend';
import { showOverdueBanners } from './review-banner';
import { enablePrintButtons } from './print-button';
import { startSearch } from './search';
import { startCheck } from './check';

startGovukFrontend();
showOverdueBanners();
enablePrintButtons();
const searchForm = document.querySelector<HTMLFormElement>('[data-app-search]');
// A linked search (search.html?q=…) starts once the page's first frame has been drawn (the second
// animation frame comes after it), so that fetching and starting Pagefind cannot delay that paint.
if (searchForm) requestAnimationFrame(() => requestAnimationFrame(() => startSearch(searchForm)));
const checkForm = document.querySelector<HTMLFormElement>('#check-form');
if (checkForm) startCheck(checkForm);
