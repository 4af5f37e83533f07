import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the agent desktop into dist/web, which Loket serves at / (see src/platform/serve-desktop.ts). */
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // Two shared cores: no compressed-size report, one chunk is fine for an intranet app.
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1500,
  },
});
