// A React page as an MDX page compiles: the component imported by its package name.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LossAtlasCurves } from 'loss-atlas/embed/react';

const app = document.documentElement.dataset.app!;
const src = `${app}/embed/loss-atlas.js`;

function Page() {
  const [delta, setDelta] = useState<number | string>(1.5);
  return (
    <main>
      <h1>Huber's loss in a React page</h1>
      <LossAtlasCurves src={src} loss="huber" params={{ delta: 1.5 }} controls={['delta']} onChange={(c) => setDelta(c.params.delta ?? '')} />
      <p>
        The page's own state: δ = <output aria-label="delta seen by the page">{delta}</output>
      </p>
      <LossAtlasCurves src={src} loss={['hinge', 'squared_hinge']} params={{ margin: 1 }} panels={['value', 'derivative']} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
