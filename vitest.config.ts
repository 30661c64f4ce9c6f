import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Unit tests see the whole registry: the catalog chunk is registered up front, as the app does once loaded.
    setupFiles: ['./src/math/losses/all.setup.ts'],
    // A test's time limit only catches a hang. Property tests and the one spawned CLI take several
    // times longer on a loaded machine than on an idle one, and must not fail for it.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
