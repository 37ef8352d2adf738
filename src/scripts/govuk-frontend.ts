// Importing just the components the pages use keeps the script small; the class tells GOV.UK
// Frontend that the browser is supported. The site's buttons are <button> elements with no
// double-click guard, for which GOV.UK Frontend's Button script does nothing, so it is not loaded.
import { SkipLink, createAll } from 'govuk-frontend';

export function startGovukFrontend(): void {
  document.body.classList.add('govuk-frontend-supported');
  createAll(SkipLink);
}
