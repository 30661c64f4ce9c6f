import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // A test's time limit only catches a hang. Property tests and the one spawned CLI take several
    // times longer on a loaded machine than on an idle one, and must not fail for it.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
