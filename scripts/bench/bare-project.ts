// The floor of this design: the same Markdown built by a bare Astro 7 page with unified() and
// remark-gfm, no layout, no schema, no checks, no search index.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBareProject(dir: string, nodeModules: string, guidanceDir: string): void {
  mkdirSync(join(dir, 'src/pages/guidance'), { recursive: true });
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
export default defineConfig({
  outDir: process.env.SITE_OUT_DIR,
  cacheDir: process.env.SITE_CACHE_DIR,
  build: { format: 'file' },
  trailingSlash: 'never',
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false, processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }) },
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { guidance: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(guidanceDir)} }) }) };
`,
  );
  writeFileSync(
    join(dir, 'src/pages/guidance/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('guidance')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { Content } = await render(Astro.props.entry);
---
<html lang="en"><head><title>{Astro.props.entry.data.title}</title></head><body><Content /></body></html>
`,
  );
}
