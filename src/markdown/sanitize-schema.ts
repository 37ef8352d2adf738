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
  tagNames: [...(defaultSchema.tagNames ?? []), 'address', 'abbr'],
  attributes: {
    ...withoutClassRestrictions(defaultSchema.attributes ?? {}),
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'role', 'ariaLabel', 'ariaHidden'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['https', 'http', 'mailto', 'tel'],
  },
};
