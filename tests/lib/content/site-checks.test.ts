import { test } from 'node:test';
import type { Goods, Rule } from '../../../src/schemas/records.ts';
import assert from 'node:assert/strict';
import { checkSite, type GuidanceInput, type SiteInput } from '../../../src/lib/content/site-checks.ts';
import { guidanceSchema } from '../../../src/schemas/guidance.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function guidance(
  id: string,
  overrides: Omit<Partial<GuidanceInput>, 'data'> & { data?: Record<string, unknown> } = {},
): GuidanceInput {
  const data = guidanceSchema.parse({
    title: id,
    summary: 'A page.',
    permalink: `/guidance/${id}.html`,
    breadcrumbs: [{ name: 'Home', url: '/' }],
    topic: 'exporting',
    organisation: 'org',
    published: '2020-01-01',
    updated: '2021-01-01',
    history: [
      { date: '2020-01-01', note: 'First published.' },
      { date: '2021-01-01', note: 'Updated.' },
    ],
    lastReviewed: '2021-01-01',
    reviewDue: '1 year',
    source: { title: 'Source' },
    licence: 'own',
    ...overrides.data,
  });
  return { id, filePath: `content/guidance/${id}.md`, rendered: true, problems: [], links: [], ...overrides, data };
}

/** A record's dated history: first published on the day given, and nothing since. */
const firstPublished = (iso = '2026-01-01') => ({ updated: day(iso), history: [{ date: day(iso), note: 'First published.' }] });

/** A goods category under `rule`. */
function goods(id: string, rule: string, overrides: Partial<Goods> = {}): Goods {
  const name = id.charAt(0).toUpperCase() + id.slice(1);
  return { id, name: id, everydayName: name, rule, group: 'g', aliases: [id], ...firstPublished(), ...overrides };
}

/** A rule record, listed on the guidance page `guidance`. */
function rule(id: string, guidance: string): Rule {
  return {
    id,
    name: 'Ban',
    shortName: 'Ban',
    status: 'banned',
    appliesTo: 'uk-export',
    summary: 'x',
    guidance,
    sources: [],
    sourceNote: 'x',
    notVerified: 'x',
    ...firstPublished(),
  };
}

function site(overrides: Partial<SiteInput> = {}): SiteInput {
  return {
    guidance: [guidance('a')],
    topics: [{ id: 'exporting', name: 'Exporting', url: '/topic/exporting.html', description: 'x' }],
    organisations: [{ id: 'org', name: 'Org' }],
    contacts: [],
    rules: [rule('ban', 'a')],
    goods: [goods('caviar', 'ban')],
    hsChapters: [],
    contentDir: 'content',
    today: day('2026-11-23'),
    ...overrides,
  };
}

const messages = (input: SiteInput) => checkSite(input).map((p) => `${p.file} ${p.field}: ${p.message}`);

test('a consistent site has no problems', () => {
  assert.deepEqual(messages(site()), []);
});

test('a page that could not be rendered fails the build (Astro only logs the plugin error)', () => {
  assert.deepEqual(messages(site({ guidance: [guidance('a', { rendered: false })] })), [
    'content/guidance/a.md body: the Markdown could not be rendered (the error is logged above this message)',
  ]);
});

test('problems found while rendering are reported with their lines', () => {
  const [problem] = checkSite(
    site({ guidance: [guidance('a', { problems: [{ bodyLine: 12, message: 'unclosed contact block' }] })] }),
  );
  assert.deepEqual(problem, {
    file: 'content/guidance/a.md',
    line: 12,
    field: 'body',
    message: 'unclosed contact block',
  });
});

test('links must lead to pages the site has; fragments are checked on their page', () => {
  const links = [
    { url: '/guidance/a.html#section', bodyLine: 3 },
    { url: '/goods/caviar.html', bodyLine: 4 },
    { url: '/goods.html', bodyLine: 5 },
    { url: '/guide/overview.html', bodyLine: 6 },
  ];
  // The body's line 6 is the file's line 26 when 20 lines of front matter come before it.
  const problems = checkSite({ ...site({ guidance: [guidance('a', { links })] }), bodyLineOf: (_, line) => line + 20 });
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.line, 26);
  assert.match(problems[0]!.message, /"\/guide\/overview\.html" leads to no page of this site/);
});

test('duplicate permalinks, dangling references and bad breadcrumbs are refused', () => {
  const clash = guidance('b', {
    data: {
      permalink: '/guidance/a.html',
      topic: 'nope',
      organisation: 'nobody',
      related: ['missing'],
      breadcrumbs: [{ name: 'Start', url: '/x.html' }],
    },
  });
  assert.deepEqual(messages(site({ guidance: [guidance('a'), clash] })), [
    'content/guidance/b.md permalink: "/guidance/a.html" is already the permalink of content/guidance/a.md',
    'content/guidance/b.md topic: there is no topic "nope" in content/topics.yaml',
    'content/guidance/b.md organisation: there is no organisation "nobody" in content/organisations.yaml',
    'content/guidance/b.md related[0]: there is no guidance page "missing"',
    'content/guidance/b.md breadcrumbs[0]: the first breadcrumb must be Home, linking to /',
    'content/guidance/b.md breadcrumbs[0].url: "/x.html" is not a page of this site',
  ]);
});

test('the change history is in order, not in the future, and ends on "last updated"', () => {
  const page = guidance('a', {
    data: {
      updated: '2027-01-01',
      history: [
        { date: '2021-01-01', note: 'Later.' },
        { date: '2020-01-01', note: 'Earlier.' },
        { date: '2027-01-01', note: 'Future.' },
      ],
    },
  });
  assert.deepEqual(messages(site({ guidance: [page] })), [
    'content/guidance/a.md history[1].date: the change history must be in date order, oldest first',
    'content/guidance/a.md history[2].date: 2027-01-01 is in the future',
  ]);
  const mismatch = guidance('a', { data: { updated: '2020-06-01' } });
  assert.deepEqual(messages(site({ guidance: [mismatch] })), [
    'content/guidance/a.md updated: 2020-06-01 does not match the newest change in the history (2021-01-01)',
  ]);
});

test('rules and goods histories are checked as a page’s is, with the line of the field', () => {
  const history = [
    { date: day('2026-03-01'), note: 'Later.' },
    { date: day('2026-02-01'), note: 'Earlier.' },
    { date: day('2027-01-01'), note: 'Future.' },
  ];
  const caviar = goods('caviar', 'ban', { updated: day('2026-02-01'), history });
  const ban = { ...rule('ban', 'a'), updated: day('2025-12-31') };
  const lines = new Map<object, number>([
    [caviar, 10],
    [ban, 20],
  ]);
  const found = checkSite(
    site({
      goods: [caviar],
      rules: [ban],
      recordLineOf: (record, path) => (lines.get(record) ?? 0) + (path[0] === 'history' ? Number(path[1]) + 1 : 0),
    }),
  );
  assert.deepEqual(
    found.map((problem) => `${problem.file}:${problem.line} ${problem.field}: ${problem.message}`),
    [
      'content/rules.yaml:20 "ban" → updated: 2025-12-31 does not match the newest change in the history (2026-01-01)',
      'content/goods.yaml:12 "caviar" → history[1].date: the change history must be in date order, oldest first',
      'content/goods.yaml:13 "caviar" → history[2].date: 2027-01-01 is in the future',
      'content/goods.yaml:10 "caviar" → updated: 2026-02-01 does not match the newest change in the history (2027-01-01)',
    ],
  );
});

test('records refer to records that exist', () => {
  assert.deepEqual(
    messages(
      site({
        goods: [goods('caviar', 'no-rule'), goods('truffles', 'ban', { alsoUnder: ['ban', 'gone'] })],
        rules: [rule('ban', 'no-page')],
        topics: [{ id: 'exporting', name: 'E', url: '/topic/e.html', description: 'x', parent: 'nope' }],
      }),
    ),
    [
      'content/topics.yaml "exporting" → parent: there is no topic "nope"',
      'content/rules.yaml "ban" → guidance: there is no guidance page "no-page"',
      'content/goods.yaml "caviar" → rule: there is no rule "no-rule" in content/rules.yaml',
      'content/goods.yaml "truffles" → alsoUnder[1]: there is no rule "gone" in content/rules.yaml',
      'content/goods.yaml "truffles" → alsoUnder[0]: "ban" is the category\'s own rule; alsoUnder names other rules',
    ],
  );
});

test('a review cannot be in the future, and the next one comes after it', () => {
  assert.deepEqual(messages(site({ guidance: [guidance('a', { data: { lastReviewed: '2027-01-01' } })] })), [
    'content/guidance/a.md lastReviewed: 2027-01-01 is in the future',
  ]);
  assert.deepEqual(messages(site({ guidance: [guidance('a', { data: { reviewDue: '2020-06-01' } })] })), [
    'content/guidance/a.md reviewDue: must come after the last review',
  ]);
});
