// Importing just the components the pages use keeps the script small; the class tells GOV.UK
// Frontend that the browser is supported.
import { Button, SkipLink, createAll } from 'govuk-frontend';

export function startGovukFrontend(): void {
  document.body.classList.add('govuk-frontend-supported');
  createAll(SkipLink);
  createAll(Button);
}
