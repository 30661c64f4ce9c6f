import { useEffect, useRef, useState } from 'react';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      /** Its attributes are strings (attributes.ts reads them): React sets each prop as an attribute. */
      'loss-atlas-curves': HTMLAttributes<HTMLElement> & { readonly ref?: Ref<HTMLElement> } & Readonly<Record<string, unknown>>;
    }
  }
}

/** What the element's `change` event carries (CurvesElement.tsx). */
export interface LossAtlasChange {
  readonly loss: readonly string[];
  readonly params: Readonly<Record<string, number | string>>;
  readonly link: string;
}

export interface LossAtlasCurvesProps {
  /** The element's module, `…/embed/loss-atlas.js` of a Loss Atlas build (fetched once per page). */
  readonly src: string;
  /** Loss ids, e.g. `huber` or `['huber', 'mse']`. */
  readonly loss: string | readonly string[];
  /** The x-axis (`residual`, `margin`, …) when the losses are drawn over more than one. */
  readonly axis?: string;
  /** Parameter names set per loss (`params={{ 'margin.hinge': 2 }}`) rather than shared. */
  readonly apart?: readonly string[];
  /** Parameters by their PyTorch names (`{ delta: 1.5 }`); `name.lossId` sets one loss's apart. */
  readonly params?: Readonly<Record<string, number | string>>;
  /** Parameters that get a slider; all of the losses' when left out, none for `[]`. */
  readonly controls?: readonly string[];
  /** Panels under the loss: `['value', 'derivative', 'weight']`. */
  readonly panels?: readonly ('value' | 'derivative' | 'weight')[];
  readonly xRange?: readonly [from: number, to: number];
  /** Where the cursor starts. */
  readonly at?: number;
  readonly theme?: 'light' | 'dark' | 'auto';
  /** Show the typeset formulas (loads KaTeX). */
  readonly formula?: boolean;
  /** Where "Open in Loss Atlas" goes; by default the app that serves `src`. */
  readonly appUrl?: string;
  /** Called when the reader moves a slider. */
  readonly onChange?: (change: LossAtlasChange) => void;
  readonly className?: string;
}

const list = (v: string | readonly string[]) => (typeof v === 'string' ? v : v.join(','));

/**
 * `<loss-atlas-curves>` for React and MDX pages. It loads the element's module from `src` (with
 * import(), so only the page's own React is bundled) and renders the element with the props as
 * attributes; the figure draws once the module has defined it.
 */
export function LossAtlasCurves({ src, loss, axis, apart, params = {}, controls, panels, xRange, at, theme, formula, appUrl, onChange, className }: LossAtlasCurvesProps) {
  const ref = useRef<HTMLElement>(null);
  const [failed, setFailed] = useState<string>();

  useEffect(() => {
    let live = true;
    import(/* @vite-ignore */ /* webpackIgnore: true */ src).then(
      () => live && setFailed(undefined),
      (e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [src]);

  useEffect(() => {
    const el = ref.current;
    if (!el || !onChange) return;
    const listener = (e: Event) => onChange((e as CustomEvent<LossAtlasChange>).detail);
    el.addEventListener('change', listener);
    return () => el.removeEventListener('change', listener);
  }, [onChange]);

  if (failed) return <p role="alert">The Loss Atlas figure did not load ({failed}).</p>;
  const attrs: Record<string, string | undefined> = {
    loss: list(loss),
    axis,
    apart: apart && apart.join(','),
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
    controls: controls && controls.join(','),
    panels: panels && panels.join(','),
    'x-range': xRange && xRange.join(','),
    at: at === undefined ? undefined : String(at),
    theme,
    formula: formula ? '' : undefined,
    'app-url': appUrl,
  };
  return <loss-atlas-curves ref={ref} className={className} {...attrs} />;
}
