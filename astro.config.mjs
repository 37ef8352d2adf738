// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { loadRecords } from './src/lib/content/records.ts';
import { markdownOptions } from './src/markdown/index.ts';
import { siteUrl } from './src/lib/site/url.ts';
import { sassOptions } from './src/styles/sass-options.ts';

// The content folder and output folder can be pointed elsewhere (the build script builds into a
// staging folder; the benchmark builds a generated corpus) without changing anything else.
const contentDir = process.env.SITE_CONTENT_DIR ?? './content';
const records = loadRecords(contentDir);
// SITE_URL, or the placeholder outside a production build (scripts/build.ts says so loudly).
const site = siteUrl(process.env).url;

export default defineConfig({
  site,
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  // The build script gives each build a fresh cache (see scripts/build.ts).
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  // The seed's permalinks are /guidance/<slug>.html: write files, and link without trailing slashes.
  build: { format: 'file', inlineStylesheets: 'never' },
  trailingSlash: 'never',
  // Keep whitespace between inline elements: the default can join words ("a</span>\n<em>b" → "ab").
  compressHTML: false,
  devToolbar: { enabled: false },
  markdown: {
    syntaxHighlight: false,
    processor: unified(markdownOptions(records)),
  },
  vite: {
    css: {
      preprocessorOptions: {
        scss: sassOptions(site),
      },
    },
    build: {
      // lightningcss refuses govuk-frontend's deliberate old-browser media query hack.
      cssMinify: 'esbuild',
      // Every script is a file of its own, never inlined, so the Content-Security-Policy needs no
      // 'unsafe-inline' and no hashes.
      assetsInlineLimit: 0,
    },
  },
});
