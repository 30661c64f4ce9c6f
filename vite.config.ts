import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // tfjs only ever arrives through import(), in its own chunk.
        advancedChunks: { groups: [{ name: 'tfjs', test: /@tensorflow/ }] },
      },
    },
  },
  preview: { host: '127.0.0.1' },
});
