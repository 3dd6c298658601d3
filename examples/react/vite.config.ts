import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Relative URLs, so dist/ works wherever it is served (the demo serves it at /examples/react/dist/).
  base: './',
  // In this monorepo @knead/react has React as a dev dependency of its own: use the app's one copy.
  resolve: { dedupe: ['react', 'react-dom'] },
  build: {
    rollupOptions: { input: { index: 'index.html', bare: 'bare.html' } },
  },
  // The server bundle (dist/server/entry-server.js) inlines all but React, which Node loads from the app.
  ssr: { noExternal: true, external: ['react', 'react-dom'] },
});
