import { BUILD_META } from './buildMeta';

const defined: unknown = import.meta.env.LOSS_ATLAS_BUILD;

/** The id of the build this page's code came from (defined by ./vitePlugin.ts at build time; 'dev' under the dev server and in tests). */
export const BUILD_ID: string = typeof defined === 'string' ? defined : 'dev';

const META = new RegExp(`<meta\\s+(?:name="${BUILD_META}"\\s+content="([^"]*)"|content="([^"]*)"\\s+name="${BUILD_META}")`, 'i');

/** The build id in an index.html's text, or undefined when it has none (a dev page, an error page). */
export function buildIdOf(html: string): string | undefined {
  const m = META.exec(html);
  return m ? (m[1] ?? m[2]) : undefined;
}
