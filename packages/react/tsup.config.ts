import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  // Next.js's app router needs the directive on the module that uses hooks; esbuild drops it from
  // sources when bundling, so it goes in as a banner.
  banner: { js: "'use client';" },
});
