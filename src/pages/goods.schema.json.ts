import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { publishedGoodsListSchema } from '../schemas/published-goods';

/** JSON Schema for /goods.json, generated from the zod schema the data is checked with. */
export const GET: APIRoute = ({ site }) => {
  const schema = {
    ...z.toJSONSchema(publishedGoodsListSchema, { target: 'draft-2020-12' }),
    $id: new URL('/goods.schema.json', site).href,
    title: 'Goods categories: trade with North Korea',
  };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
};
