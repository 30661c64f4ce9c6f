/** How a typed loss is drawn over each axis: the axis title, its variable in TeX and text, and the window. */
import type { Axis } from '../types';

export interface OwnAxis {
  readonly label: string;
  readonly domain: readonly [number, number];
  /** What is held fixed to make the slice, when something is. */
  readonly held?: string;
}

export const OWN_AXES: Readonly<Record<Axis, OwnAxis>> = {
  residual: { label: 'residual r = ŷ − y', domain: [-4, 4] },
  margin: { label: 'margin m = y·s (labels ±1)', domain: [-3, 3], held: 'label y = +1, so the margin is the score' },
  logit: { label: 'logit z', domain: [-6, 6] },
  probability: { label: 'probability p', domain: [0, 1] },
  distance: { label: 'distance x', domain: [0, 3] },
  similarity: { label: 'similarity x', domain: [-1, 1] },
  weight: { label: 'weight x', domain: [-3, 3] },
  overlap: { label: 'overlap x', domain: [0, 1] },
  offset: { label: 'offset x', domain: [-5, 5] },
  difference: { label: 'score difference x', domain: [-4, 4] },
  rate: { label: 'rate x', domain: [0, 10] },
  latent: { label: 'latent x', domain: [-3, 3] },
};
