// Which way the reader's goods go, as their words say it ("coal from North Korea", "made in the
// DPRK", "export to Pyongyang"), and the order answers show the kinds of rule in. Runs in the
// browser and at build time.
import { DIRECTIONS, direction, type DirectionId, type Way } from '../../schemas/directions.ts';

export { DIRECTIONS, WAYS, direction, type DirectionId, type Way } from '../../schemas/directions.ts';

/**
 * North Korea as people write it: its names, "kp" and "prk" (its ISO codes, as on invoices), its
 * capital and its ports (an invoice's port of loading).
 */
const NORTH_KOREA = String.raw`(?:the\s+)?(?:north\s+korea|n\.?\s?korea|dprk|d\.p\.r\.k\.?|democratic\s+people'?s\s+republic\s+of\s+korea|kp|prk|pyongyang|nampo|nampho|chongjin|wonsan|hungnam|rajin|rason|sinuiju|haeju|songrim)`;

/** Who buys or receives goods: after "North Korean" these say the goods go there. */
const RECEIVER = String.raw`(?:buyer|buyers|customer|customers|client|clients|importer|importers|consignee|end\s+users?|government|embassy|market|partner|partners)`;

/** Words that say the goods come from North Korea: their origin, or where they are sent from. */
const FROM = [
  new RegExp(
    String.raw`\b(?:from|of|originat\w*\s+(?:in|from)|(?:made|produced|manufactured|grown|mined|built|sewn|assembled|harvested|processed|packed|caught|fished|sourced|shipped|supplied|exported|loaded|sold)\s+(?:in|off|from|by|at))\s+${NORTH_KOREA}\b`,
  ),
  new RegExp(
    String.raw`\b(?:origin|coo|shipper|exporter|seller|supplier|manufacturer|maker|builder|loading)\b\W{0,3}(?:is\s+)?${NORTH_KOREA}\b`,
  ),
  // "North Korean seafood", "DPRK zinc": the goods are North Korea's, unless someone there receives them.
  new RegExp(
    String.raw`(?<!\b(?:to|for|into)\s+(?:(?:a|an|the)\s+)?)\b(?:north\s+korean|dprk|kp)[\s-]+(?!${RECEIVER}\b)[a-z]`,
  ),
  // "Import" alone does not say which way: North Korea's own import rules are about goods going in.
  /\b(?:import(?:s|ed|ing)?|bring(?:ing)?|brought|consigned|buy(?:ing)?|bought|procur\w*)\s+(?:\w+\s+){0,4}?from\s+(?!the\s+uk\b)/,
];

/** Words that say the goods go to North Korea. */
const TO = [
  new RegExp(String.raw`\b(?:to|into|for|destined\s+for|bound\s+for)\s+${NORTH_KOREA}\b`),
  /\b(?:for|to)\s+(?:a|an|the)?\s*north\s+korean\b/,
  new RegExp(String.raw`\b(?:north\s+korean|dprk)\s+${RECEIVER}\b`),
  new RegExp(String.raw`\b(?:destination|consignee|discharge|buyer|end\s+user)\b\W{0,3}(?:is\s+)?${NORTH_KOREA}\b`),
  /\bexport(?:s|ed|ing|er)?\b(?!\s+(?:from|by)\b)/,
];

/**
 * The way the words give, if they give one: goods coming from North Korea or going to it. Words
 * that give both ("buy from North Korea and export to China") or neither give none, and every way's
 * rules are shown.
 */
export function readWay(text: string): Way | undefined {
  const lower = text.toLowerCase();
  const from = FROM.some((pattern) => pattern.test(lower));
  const to = TO.some((pattern) => pattern.test(lower));
  if (from === to) return undefined;
  return from ? 'from-north-korea' : 'to-north-korea';
}

/** The way answers read when the words give none: the site's first question is what may be sent. */
export const DEFAULT_WAY: Way = 'to-north-korea';

/**
 * Where a kind of rule stands in an answer: the rules for the reader's way first, then the others,
 * each in the registry's order (within a way, UK rules before North Korea's own).
 */
export function directionRank(id: DirectionId, way: Way = DEFAULT_WAY): number {
  const at = DIRECTIONS.findIndex((candidate) => candidate.id === id);
  return (direction(id).way === way ? 0 : DIRECTIONS.length) + at;
}
