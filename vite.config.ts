import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // tfjs-core + webgl is one ~600 KB chunk by design, fetched only when a GPU view opens.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // tfjs only ever arrives through import(), in its own chunk.
        codeSplitting: { groups: [{ name: 'tfjs', test: /@tensorflow/ }] },
      },
    },
  },
  preview: { host: '127.0.0.1' },
});
