// Whose rule it is and which way the goods go: the one list that records (a rule's `appliesTo`),
// labels, the search filter, the order of answers and the data files all read. Plain data, no zod,
// so that the browser's code can read it too.

/** Which way goods cross: the words a reader may use to give it, and how the site names it. */
export const WAYS = {
  'to-north-korea': {
    /** The search filter's option. */
    label: 'Goods going to North Korea',
    /** What a count of the list checker adds for this way ("2 banned on import from North Korea"). */
    countNote: '',
    /**
     * Said when an answer has rules, but none for this way: rules for the other way do not say
     * the goods may go this way.
     */
    noneFound:
      'No rule on sending these goods to North Korea was found. That does not mean you may export them. The rules shown are on importing them from North Korea.',
  },
  'from-north-korea': {
    label: 'Goods coming from North Korea',
    countNote: 'on import from North Korea',
    noneFound:
      'No rule on importing these goods from North Korea was found. That does not mean you may import them. The rules shown are on sending them to North Korea.',
  },
} as const;

export type Way = keyof typeof WAYS;

/**
 * The kinds of rule, in the order answers and lists show them when the reader's words give no
 * direction: the UK's rules on goods going to North Korea, then the UK's rules on goods coming
 * from it, then North Korea's own import rules. Within the way the reader gives, UK rules always
 * come before North Korea's own: a reader must never see a North Korean licence above a UK ban.
 */
export const DIRECTIONS = [
  {
    id: 'uk-export',
    way: 'to-north-korea',
    whose: 'uk',
    /** What every answer under such a rule says of it, beside its status. */
    label: 'UK rule on exporting to North Korea',
    /** What a ban under it means for the reader. */
    banned: 'You must not export these goods from the UK to North Korea.',
    /** The data files' description of the value. */
    describe: 'a UK rule on exporting goods to North Korea (UK law, and the UN sanctions it gives effect to)',
    /** Who a goods page sends the reader to when unsure. */
    ask: 'export-helpline',
  },
  {
    id: 'uk-import',
    way: 'from-north-korea',
    whose: 'uk',
    label: 'UK rule on importing from North Korea',
    banned:
      'You must not import these goods into the UK if they come from North Korea or were made there. This rule is about imports: it does not say whether you may export them.',
    describe:
      'a UK rule on importing goods from North Korea (UK law, and the UN sanctions on buying from North Korea it gives effect to)',
    ask: 'import-notice',
  },
  {
    id: 'north-korea-import',
    way: 'to-north-korea',
    whose: 'north-korea',
    label: 'North Korea’s own import rule',
    banned: 'North Korea is reported not to let these goods in.',
    describe: 'one of North Korea’s own import rules, as reported (not UK law)',
    ask: 'importer-in-north-korea',
  },
] as const;

export type Direction = (typeof DIRECTIONS)[number];
export type DirectionId = Direction['id'];

export const DIRECTION_IDS = DIRECTIONS.map((direction) => direction.id) as [DirectionId, ...DirectionId[]];

/** A kind of rule by its id. */
export const direction = (id: string): Direction => {
  const found = DIRECTIONS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`Unknown direction '${id}': one of ${DIRECTION_IDS.join(', ')}`);
  return found;
};
