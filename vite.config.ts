import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { offlinePlugins } from './app/pwa/vitePlugin.js';

/**
 * The Content-Security-Policy of the built app, as strict as KaTeX allows: scripts, stylesheets,
 * fonts, workers and fetches from this origin only; no eval, no inline script, no inline <style>.
 * KaTeX's output carries style attributes (heights, vertical shifts), so inline style *attributes*
 * are allowed: `style-src` says so, and `style-src-elem` takes it back for elements in browsers
 * that know it. 'wasm-unsafe-eval' lets WebAssembly compile, and nothing else: tfjs-core bundles
 * long.js, which tries to compile a small WebAssembly module for 64-bit multiplication (it falls back
 * to JavaScript when refused, but every refusal is a policy violation). JavaScript eval stays refused.
 * `blob:` images: a chart's PNG export draws its own SVG, decoded from a blob URL, into a canvas.
 * A <meta> cannot carry frame-ancestors or reporting; a server's header can add them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "style-src-elem 'self'",
  "font-src 'self'",
  "img-src 'self' blob:",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Puts the policy in the built index.html only (the dev server injects inline scripts of its own),
 * right after the charset, ahead of every script and stylesheet it governs.
 */
function contentSecurityPolicy(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
  return {
    name: 'loss-atlas-csp',
    apply: 'build',
    transformIndexHtml: (html) => {
      const charset = /<meta charset="[^"]*" \/>/;
      if (!charset.test(html)) throw new Error('index.html: no <meta charset> to put the Content-Security-Policy after');
      return html.replace(charset, (m) => `${m}\n    ${meta}`);
    },
  };
}

type ModuleGraph = { getModuleInfo(id: string): { readonly importers: readonly string[] } | null };
const ENTRY = /\/app\/main\.tsx$/;
const firstLoad = new Map<string, boolean>();

/**
 * Whether a module is statically reachable from app/main.tsx, i.e. part of the first load anyway. Such
 * modules go into one chunk: left to itself, Rolldown puts those that two or more lazy views also use
 * (Formula, ParamSlider, d3) into separate common chunks that the first load then fetches as well, and
 * the split alone costs a few KB of gzip.
 */
function loadedFirst(id: string, graph: ModuleGraph): boolean {
  const known = firstLoad.get(id);
  if (known !== undefined) return known;
  firstLoad.set(id, false); // import cycles
  const info = graph.getModuleInfo(id);
  const yes = ENTRY.test(id) || (info?.importers.some((i) => loadedFirst(i, graph)) ?? false);
  firstLoad.set(id, yes);
  return yes;
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), offlinePlugins()],
  // The surface worker is a module worker: as ES it keeps import() as a chunk of its own (the formula
  // parser loads with the first job that carries a formula) instead of inlining it.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Fonts stay files (KaTeX's smallest would otherwise be inlined as data:), so font-src is 'self' alone.
    assetsInlineLimit: (file) => (/\.(?:woff2?|ttf)$/.test(file) ? false : undefined),
    // tfjs-core + webgl is one chunk past Vite's default warning size by design (the README gives its
    // size), fetched only when a GPU view opens.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // tfjs only ever arrives through import(), in its own chunk.
        codeSplitting: {
          groups: [
            { name: 'tfjs', test: /@tensorflow/ },
            { name: (id, ctx) => (loadedFirst(id, ctx) ? 'shell' : null), debugName: 'shell' },
          ],
        },
      },
    },
  },
  preview: { host: '127.0.0.1' },
});
