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
    resolveId: (source) => (source.endsWith('.css') ? EMPTY : undefined),
    load: (id) => (id === EMPTY ? 'export {};' : undefined),
  };
}

/** The prose and code of a loss spec that the element never shows (the app's catalog and formula columns do). */
const UNSHOWN = new Set(['description', 'purpose', 'reduction', 'calls']);
const EMPTY_VALUE: Readonly<Record<string, string>> = { calls: '{}' };

interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';
const keyName = (p: Node) => (isNode(p.key) && p.key.type === 'Identifier' ? (p.key.name as string) : undefined);

/**
 * Leaves a loss spec's description, purpose, reduction and framework calls out of the element's build:
 * in each object literal of src/math/losses that has an `id` and `profiles` (a LossSpec), those
 * properties' values become '' (calls: {}). The element's code stays within its budget with room.
 */
function withoutUnshownProse(): Plugin {
  return {
    name: 'loss-atlas-embed-without-unshown-prose',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/math\/losses\/[^/]+\.ts$/.test(id) || id.endsWith('.test.ts')) return undefined;
      const cuts: Node[] = [];
      const visit = (n: unknown): void => {
        if (Array.isArray(n)) return n.forEach(visit);
        if (!isNode(n)) return;
        if (n.type === 'ObjectExpression') {
          const props = (n.properties as Node[]).filter((p) => p.type === 'Property');
          const names = new Set(props.map(keyName));
          if (names.has('id') && names.has('profiles')) cuts.push(...props.filter((p) => UNSHOWN.has(keyName(p) ?? '')));
        }
        for (const [k, v] of Object.entries(n)) if (k !== 'type' && k !== 'start' && k !== 'end') visit(v);
      };
      visit(this.parse(code));
      let out = code;
      for (const p of cuts.toSorted((a, b) => b.start - a.start)) {
        const v = p.value as Node;
        out = `${out.slice(0, v.start)}${EMPTY_VALUE[keyName(p)!] ?? "''"}${out.slice(v.end)}`;
      }
      return { code: out, map: null };
    },
  };
}

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
