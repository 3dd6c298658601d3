import { defineConfig } from 'vite';

export default defineConfig({
  // Relative URLs, so dist/ works from any folder (the demo serves it at /apps/studio/dist/).
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'es2022',
    reportCompressedSize: false,
    chunkSizeWarningLimit: 400,
    rollupOptions: {
      // An unbuilt package would otherwise be left as a bare import that no browser can load.
      onwarn(warning, warn) {
        if (warning.code === 'UNRESOLVED_IMPORT')
          throw new Error(`${warning.message} (build the packages first)`);
        warn(warning);
      },
    },
  },
});
