import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Builds the React host page as a docs site would: `loss-atlas/embed/react` is resolved by Node through
 * this package's own "exports" (a package may import itself by name), the way it resolves once installed.
 */
const component = fileURLToPath(import.meta.resolve('loss-atlas/embed/react'));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/react/',
  plugins: [react()],
  resolve: { alias: { 'loss-atlas/embed/react': component } },
  build: { target: 'es2022', emptyOutDir: true },
});
