// Vite plugins of the element's build (vite.embed.config.ts).
import type { Plugin } from 'vite';

/**
 * The components import their CSS for the app's document (`import './charts.css'`); inside a shadow
 * root those rules would not apply, so here such imports are empty and the element adopts the same
 * files through `?inline` (elementSheet.ts).
 */
export function noDocumentCss(): Plugin {
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
export function withoutUnshownProse(): Plugin {
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
