import type { Axis } from '../../math/types';

/** Which of the linked panels a preset opens below the loss chart. */
export interface PresetPanels {
  readonly derivative: boolean;
  readonly weight: boolean;
}

/** A one-click comparison: the losses to overlay, the shared axis and the parameter values that make the point. */
export interface Preset {
  /** Short stable id, fit for a link (`?preset=huber-mse-mae`). */
  readonly id: string;
  readonly title: string;
  /** One or two sentences: what the comparison teaches. */
  readonly blurb: string;
  /** Loss ids from the registry; every one has a profile on `axis`. */
  readonly ids: readonly string[];
  readonly axis: Axis;
  /**
   * Parameter values by PyTorch name; names not given keep their defaults. `name.lossId` sets one loss's value,
   * for a name the drawn losses use for different quantities (arcface's and sphereface's `m`).
   */
  readonly params?: Readonly<Record<string, number>>;
  readonly xDomain?: readonly [min: number, max: number];
  readonly panels?: PresetPanels;
  /**
   * Named parameter settings along one knob, offered as buttons under the blurb (Barron's α through L2,
   * Charbonnier, Cauchy, Geman–McClure, Welsch). Each sets its params and keeps the rest.
   */
  readonly stops?: readonly PresetStop[];
}

export interface PresetStop {
  readonly label: string;
  readonly params: Readonly<Record<string, number>>;
}
