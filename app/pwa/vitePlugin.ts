/**
 * Build time only (vite.config.ts): the web app manifest, the service worker that precaches the build,
 * and the build id that tells one build from the next. The page side is ./register.ts.
 */
import { execFileSync } from 'node:child_process';
import type { Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { BUILD_META } from './buildMeta.js';

/** LOSS_ATLAS_BUILD_ID when set (the update test builds two versions with it), else the commit and the build time. */
function buildId(): string {
  const set = process.env.LOSS_ATLAS_BUILD_ID;
  if (set) return set;
  let commit = 'unversioned';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Not a git checkout (a source tarball): the time alone tells builds apart.
  }
  return `${commit}-${new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '')}`;
}

/** The build id as `<meta name="loss-atlas-build">` in the built index.html, after the charset. */
function buildMeta(id: string): Plugin {
  return {
    name: 'loss-atlas-build-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { name: BUILD_META, content: id }, injectTo: 'head' }],
  };
}

/** The dist/embed element build stays out of the precache: it is for other sites, which load it themselves. */
const NOT_PRECACHED = ['embed/**'];

/** Everything the app can load, in every view and lesson. KaTeX's fonts as woff2 only: every browser with service workers reads woff2, so the woff and ttf copies are never fetched. */
const PRECACHED = ['**/*.{js,css,html,woff2,png,svg}'];

export function offlinePlugins(): PluginOption[] {
  const id = buildId();
  return [
    buildMeta(id),
    VitePWA({
      // Registration is app code (./register.ts, imported after the first paint): no inline script.
      injectRegister: false,
      registerType: 'prompt',
      strategies: 'generateSW',
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      // The icons are in the glob below already; the plugin adds the manifest itself.
      includeManifestIcons: false,
      manifest: {
        id: './',
        name: 'Loss Atlas',
        short_name: 'Loss Atlas',
        description: 'See machine-learning loss functions: curves, gradients, formulas and loss surfaces.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#1d3557',
        background_color: '#fbfbf8',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: PRECACHED,
        globIgnores: NOT_PRECACHED,
        // The tfjs chunk is the largest file and must be there offline.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // Every address of the app (?view=…, lessons) is index.html; the embed build's pages are not.
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/\/embed\//],
        // Views are chosen by the query string: ?view=surface must find the precached index.html.
        ignoreURLParametersMatching: [/.*/],
        // A new version waits until no page runs the old one (./register.ts hands over at a page's start).
        skipWaiting: false,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        sourcemap: false,
      },
    }),
    // The build id for the page's code, compared with a freshly fetched index.html's meta (./staleBuild.ts).
    {
      name: 'loss-atlas-build-id',
      config: () => ({ define: { 'import.meta.env.LOSS_ATLAS_BUILD': JSON.stringify(id) } }),
    },
  ];
}
