import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The web app builds into dist/web, which the Tandem server serves at "/".
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), tailwindcss()],
  // The SDK is bundled from its sources (packages/sdk/src), as the tests and type checks read it.
  resolve: { conditions: ['tandem-source', ...defaultClientConditions] },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/api': 'http://localhost:4000' } },
});
