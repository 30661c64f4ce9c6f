import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The embeddable element: `vite build -c vite.embed.config.ts` after the app's build writes
 * dist/embed/loss-atlas.js and its lazy chunks beside the app (`--outDir <app's out>/embed` for
 * another place). Asset URLs are relative to the module (base './'), so the element works from any
 * page that loads it from the app's origin.
 */

/**
 * The components import their CSS for the app's document (`import './charts.css'`); inside a shadow
 * root those rules would not apply, so here such imports are empty and the element adopts the same
 * files through `?inline` (elementSheet.ts).
 */
function noDocumentCss(): Plugin {
  const EMPTY = '\0loss-atlas-no-document-css';
  return {
    name: 'loss-atlas-embed-no-document-css',
    enforce: 'pre',
    resolveId: (source) => (/\.css$/.test(source) ? EMPTY : undefined),
    load: (id) => (id === EMPTY ? 'export {};' : undefined),
  };
}

export default defineConfig({
  plugins: [noDocumentCss(), react()],
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
