import { z } from 'astro/zod';
import { text } from './common.ts';
import { sourceSchema } from './guidance.ts';

// The Harmonized System (HS): the customs nomenclature in which the widest bans are written. Codes
// are strings: YAML would read an unquoted 0301 as the number 301 and lose the chapter.
const QUOTED = 'in quotes, such as';

/** A chapter: two digits ("87"). */
export const hsChapterCode = z
  .string({ error: `must be a two-digit HS chapter ${QUOTED} '87'` })
  .regex(/^\d{2}$/, `must be a two-digit HS chapter ${QUOTED} '87'`);

/** A heading: four digits ("8715"). */
export const hsHeadingCode = z
  .string({ error: `must be a four-digit HS heading ${QUOTED} '8715'` })
  .regex(/^\d{4}$/, `must be a four-digit HS heading ${QUOTED} '8715'`);

/** A chapter, a heading or a subheading: 2, 4 or 6 digits, the parts of a code every country shares. */
export const hsCode = z
  .string({ error: `must be an HS code of 2, 4 or 6 digits ${QUOTED} '8703'` })
  .regex(/^\d{2}(?:\d{2}(?:\d{2})?)?$/, `must be an HS code of 2, 4 or 6 digits ${QUOTED} '8703'`);

export const hsHeadingSchema = z.strictObject({
  code: hsHeadingCode,
  /** What the heading holds, in the site's own words ("Prams, pushchairs and other baby carriages"). */
  label: text,
  /** The everyday words people use for its goods: how a search finds the heading. */
  words: z.array(text).min(1, 'must list at least one everyday word for the goods of the heading'),
});

/**
 * Whether a chapter lists every heading it has (a chapter a rule covers by its code, so a reader
 * can see everything the rule takes in) or only the headings the goods categories name.
 */
export const HEADINGS_LISTED = ['all', 'some'] as const;

export const hsChapterSchema = z
  .strictObject({
    id: hsChapterCode,
    /** What the chapter holds, in the site's own words. */
    title: text,
    headingsListed: z.enum(HEADINGS_LISTED),
    /** Where the code-to-goods facts come from. */
    sources: z.array(sourceSchema).min(1, 'must name the nomenclature the headings were read in'),
    headings: z.array(hsHeadingSchema),
  })
  .superRefine((chapter, context) => {
    const seen = new Set<string>();
    chapter.headings.forEach(({ code }, index) => {
      if (!code.startsWith(chapter.id))
        context.addIssue({
          code: 'custom',
          path: ['headings', index, 'code'],
          message: `'${code}' is not in chapter '${chapter.id}': a heading's first two digits are its chapter`,
        });
      if (seen.has(code))
        context.addIssue({
          code: 'custom',
          path: ['headings', index, 'code'],
          message: `'${code}' is listed twice in chapter '${chapter.id}'`,
        });
      seen.add(code);
    });
  });

/**
 * A rule whose source defines (part of) its scope by code: the codes all of whose goods the rule
 * covers, and the source that says so. The rule may cover other goods too (dual-use goods are
 * defined by their technical details, not by code).
 */
export const hsScopeSchema = z.strictObject({
  codes: z.array(hsCode).min(1, 'must list at least one code'),
  /** Goods of those codes that the source leaves out ("spare parts for civilian passenger aircraft"). */
  except: text.optional(),
  /** The source that gives the scope in codes. */
  source: sourceSchema,
});

export type HsChapter = z.infer<typeof hsChapterSchema>;
export type HsHeading = z.infer<typeof hsHeadingSchema>;
export type HsScope = z.infer<typeof hsScopeSchema>;
