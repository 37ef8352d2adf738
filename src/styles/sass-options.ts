import { NodePackageImporter, SassString, type Options } from 'sass-embedded';

/**
 * How the site's Sass is compiled, shared by the Astro config and the tests that compile it on their
 * own: `pkg:` imports from node_modules, and `app-site-url()`, the site's address, so that printed
 * pages can write a link to another page of the site as a full address.
 */
export function sassOptions<Sync extends 'sync' | 'async'>(siteUrl: string): Options<Sync> {
  return {
    importers: [new NodePackageImporter()],
    functions: { 'app-site-url()': () => new SassString(siteUrl.replace(/\/$/, '')) },
  };
}
