import { defineConfig } from 'vite';

export default defineConfig({
  // Relative URLs, so dist/ works from any folder (the demo serves it at /apps/studio/dist/).
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { target: 'es2022', reportCompressedSize: false, chunkSizeWarningLimit: 400 },
});
