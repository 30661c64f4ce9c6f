import { encodeView } from '../../state/urlCodec';
import { DEFAULT_VIEW, fillValues } from '../../state/view';

/** The explorer showing BCE with logits over z (y = 1) and its derivative, the cursor at `z`. */
export function bceLogitsInExplorer(z: number): { label: string; href: string } {
  const ids = ['bce_logits'];
  const href = encodeView({
    ...DEFAULT_VIEW,
    ids,
    axis: 'logit',
    values: fillValues(ids, {}, []),
    unlinked: [],
    panels: { derivative: true, weight: false },
    xDomain: [-10, 10],
    cursorX: z,
    preset: undefined,
  });
  return { label: 'Open BCE with logits in the explorer', href };
}
