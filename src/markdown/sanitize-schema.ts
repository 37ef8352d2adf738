import { defaultSchema, type Options } from 'rehype-sanitize';

type Attributes = NonNullable<Options['attributes']>;

/**
 * GitHub's defaults allow only fixed class names on some elements (such as "contains-task-list" on
 * <ul>); those entries would strip the GOV.UK Frontend classes the site's extensions add, so any
 * class is allowed instead.
 */
const withoutClassRestrictions = (attributes: Attributes): Attributes =>
  Object.fromEntries(
    Object.entries(attributes).map(([tag, allowed]) => [
      tag,
      allowed.filter((entry) => !(Array.isArray(entry) && entry[0] === 'className')),
    ]),
  );

/**
 * What may reach a built page from Markdown: GitHub's safe subset plus the classes, roles and
 * labels the site's own extensions emit. Scripts, event handlers and javascript: URLs never pass.
 * Ids are kept as written (no "user-content-" prefix) so that anchors stay stable.
 */
export const sanitizeSchema: Options = {
  ...defaultSchema,
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'address', 'abbr', 'svg', 'path'],
  attributes: {
    ...withoutClassRestrictions(defaultSchema.attributes ?? {}),
    // Govspeak external links (x[…](…)x) and GOV.UK Frontend buttons ({button}).
    a: [
      ...withoutClassRestrictions({ a: defaultSchema.attributes?.a ?? [] }).a!,
      ['rel', 'external'],
      ['draggable', 'false'],
      ['dataModule', 'govuk-button'],
    ],
    // The start button's arrow, as GOV.UK Frontend draws it.
    svg: ['xmlns', 'viewBox', ['focusable', 'false']],
    path: [['fill', 'currentColor'], 'd'],
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'role', 'ariaLabel', 'ariaHidden'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['https', 'http', 'mailto', 'tel'],
  },
};
