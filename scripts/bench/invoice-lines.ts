// Invoice lines for the list checker's benchmark, made from the goods records: each alias with
// the quantities, sizes, model and reference numbers and filler words invoices have around it, and
// about one line in ten for goods no rule covers. Seeded, so every run checks the same lines.

/** A small seeded random number generator (mulberry32): the same lines on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Goods no rule covers, as they appear on invoices: about one line in ten. */
const UNCOVERED = [
  'Ballpoint pens, blue',
  'A4 copy paper, 80gsm',
  'Office chairs, mesh back',
  'Cotton bed sheets, double',
];

/** 1,000 invoice lines made from the records' aliases, with the noise real invoices have around them. */
export function invoiceLines(count: number, goods: Array<{ aliases: string[] }>): string[] {
  const next = random(12);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const aliases = goods.flatMap((item) => item.aliases);
  const before = [
    () => `${1 + Math.floor(next() * 48)} x `,
    () => `Qty ${1 + Math.floor(next() * 200)} `,
    () => 'Case of 6 ',
    () => '',
  ];
  const after = [
    () => `, ${pick(['70cl', '75cl', '1L', '500g', '25kg', '2mm', '100ml'])}`,
    () =>
      `, ref ${String.fromCharCode(65 + Math.floor(next() * 26))}${Math.floor(next() * 9000) + 1000}/${Math.floor(next() * 9)}A`,
    () => `, model X${Math.floor(next() * 900) + 100}`,
    () => ', used',
    () => ', pack of 4',
    () => `, size ${pick(['S', 'M', 'L', '42', '12'])}`,
    () => '',
  ];
  return Array.from({ length: count }, () =>
    next() < 0.1 ? `${pick(before)()}${pick(UNCOVERED)}` : `${pick(before)()}${pick(aliases)}${pick(after)()}`,
  );
}
