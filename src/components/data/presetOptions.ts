import { DATASET_PRESETS } from '../../math/surface/presets';
import type { ModelKind } from '../../math/surface/types';

/** The dataset presets of one model kind as DataToolbar options ({ id, title }), in registry order. */
export function presetOptions(kind: ModelKind): readonly { readonly id: string; readonly title: string }[] {
  return DATASET_PRESETS.filter((p) => p.kind === kind).map(({ id, title }) => ({ id, title }));
}
