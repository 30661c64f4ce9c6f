import { memo } from 'react';
import { useAtlas } from '../../state/store';

/** Which of the linked panels (derivative, effective weight) are shown under the loss chart. */
export const PanelToggles = memo(function PanelToggles() {
  const panels = useAtlas((s) => s.panels);
  const setPanels = useAtlas((s) => s.setPanels);
  return (
    <fieldset className="panel-toggles">
      <legend>Panels</legend>
      <label>
        <input type="checkbox" checked={panels.derivative} onChange={(e) => setPanels({ ...panels, derivative: e.currentTarget.checked })} />
        Derivative
      </label>
      <label>
        <input type="checkbox" checked={panels.weight} onChange={(e) => setPanels({ ...panels, weight: e.currentTarget.checked })} />
        Effective weight
      </label>
    </fieldset>
  );
});
