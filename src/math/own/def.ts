/**
 * A typed loss as the app keeps it, links it and sends it to the surface worker: plain data, compiled where it
 * is used (own/install.ts). Up to MAX_OWN at once, under the ids OWN_IDS.
 */
import type { Axis } from '../types';

export const MAX_OWN = 3;
export const OWN_IDS = ['own1', 'own2', 'own3'] as const;
export type OwnId = (typeof OWN_IDS)[number];

/** The longest formula accepted, in characters (the field and the link). */
export const MAX_OWN_LENGTH = 500;

/** A new parameter's value and slider range until the person edits them. */
export const OWN_PARAM_DEFAULT = 1;
export const OWN_PARAM_RANGE: readonly [number, number] = [0, 5];

/** The variable a formula on each axis is written in: r for a residual, m a margin, z a logit, p a probability. */
export function axisVariable(axis: Axis): string {
  switch (axis) {
    case 'residual':
      return 'r';
    case 'margin':
      return 'm';
    case 'logit':
      return 'z';
    case 'probability':
      return 'p';
    default:
      return 'x';
  }
}

export interface OwnDef {
  readonly id: OwnId;
  /** The formula as typed, at most MAX_OWN_LENGTH characters. */
  readonly text: string;
  /** The axis it is drawn over; its variable is axisVariable(axis). */
  readonly axis: Axis;
  /** Slider ranges the person changed, by parameter name; the others are OWN_PARAM_RANGE. */
  readonly ranges: Readonly<Record<string, readonly [number, number]>>;
}
