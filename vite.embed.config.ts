import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { noDocumentCss, withoutUnshownProse } from './scripts/embed/plugins.js';

/**
 * The embeddable element: `vite build -c vite.embed.config.ts` after the app's build writes
 * dist/embed/loss-atlas.js and its lazy chunks beside the app (`--outDir <app's out>/embed` for
 * another place). Asset URLs are relative to the module (base './'), so the element works from any
 * page that loads it from the app's origin.
 */
export default defineConfig({
  plugins: [noDocumentCss(), react(), withoutUnshownProse()],
  base: './',
  // Serving a build (`vite preview -c vite.embed.config.ts`): a page on any origin may load the module
  // and its chunks and fonts, a sandboxed iframe (origin "null") included.
  preview: { host: '127.0.0.1', cors: true },
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/embed',
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: false,
    assetsInlineLimit: (file) => (/\.(?:woff2?|ttf)$/.test(file) ? false : undefined),
    rolldownOptions: {
      input: { 'loss-atlas': 'app/embed-element/loss-atlas.ts' },
      preserveEntrySignatures: false,
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});
