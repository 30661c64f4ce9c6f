import { registerAll } from './all';

// vitest runs this before each test file: unit tests see the whole registry, as the app does once it has loaded.
registerAll();
