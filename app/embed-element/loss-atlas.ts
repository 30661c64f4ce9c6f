// The embeddable module: `<script type="module" src=".../embed/loss-atlas.js">` defines the elements.
// Loaded twice (two script tags, or a bundler's copy beside it), the first definition stays.
import { defineCurvesElement } from './CurvesElement';

/** Where the app is served: this module lives in its `embed/` folder. */
const APP_URL = new URL(/* @vite-ignore */ '../', import.meta.url).href;

if (!customElements.get('loss-atlas-curves')) customElements.define('loss-atlas-curves', defineCurvesElement(APP_URL));
