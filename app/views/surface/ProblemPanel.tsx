import { memo, useState } from 'react';
import { DataScatter } from '../../../src/components/data/DataScatter';
import type { ScatterFitSpec } from '../../../src/components/data/ScatterFit';
import { DataToolbar } from '../../../src/components/data/DataToolbar';
import { presetOptions } from '../../../src/components/data/presetOptions';
import { getPreset, MODEL_KINDS, SURFACE_MODELS, type Dataset } from '../../../src/math/surface';
import { ExportMenu } from '../../export/ExportMenu';
import { useShown } from '../../embed/useShown';
import { useSurface } from '../../state/surfaceStore';

interface ProblemPanelProps {
  readonly dataset: Dataset;
  readonly width: number;
  readonly fit: ScatterFitSpec;
  readonly onEdit: (phase: 'drag' | 'end') => void;
}

/** The model, its dataset preset and the data itself, editable. */
export const ProblemPanel = memo(function ProblemPanel({ dataset, width, fit, onEdit }: ProblemPanelProps) {
  const kind = useSurface((s) => s.kind);
  const data = useSurface((s) => s.data);
  const seed = useSurface((s) => s.seed);
  const setKind = useSurface((s) => s.setKind);
  const setData = useSurface((s) => s.setData);
  const reseed = useSurface((s) => s.reseed);
  const setPoints = useSurface((s) => s.setPoints);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const [addLabel, setAddLabel] = useState(1);
  const labelled = SURFACE_MODELS[kind].data.labels !== undefined;
  const shown = useShown();
  const change = (next: Dataset, phase: 'drag' | 'end') => {
    setPoints({ x: Array.from(next.x), y: Array.from(next.y) });
    onEdit(phase);
  };
  return (
    <section className="surface-panel" aria-labelledby="problem-title">
      <h2 id="problem-title">Problem</h2>
      {shown('model') && (
      <fieldset className="kind-picker">
        <legend>Model</legend>
        {MODEL_KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name="model-kind" checked={kind === k} onChange={() => setKind(k)} />
            {SURFACE_MODELS[k].title}
          </label>
        ))}
      </fieldset>
      )}
      {shown('data') && (
      <>
      <p className="muted">{getPreset(data)?.description}</p>
      <DataToolbar
        dataset={dataset}
        selected={selected}
        onChange={change}
        onSelect={setSelected}
        onReseed={reseed}
        presets={presetOptions(kind)}
        presetId={data}
        onPreset={setData}
        addLabel={labelled ? addLabel : undefined}
        onAddLabel={labelled ? setAddLabel : undefined}
        seed={seed}
      />
      <DataScatter
        dataset={dataset}
        width={width}
        title="Training data"
        fit={fit}
        onChange={change}
        selected={selected}
        onSelect={setSelected}
        addLabel={labelled ? addLabel : undefined}
      />
      <ExportMenu title="Training data" request={(a) => ({ kind: 'scatter', figure: a.closest('.surface-panel')?.querySelector('.data-scatter'), dataset })} />
      </>
      )}
    </section>
  );
});
