import { defineConfig, type Options } from 'tsup';

// The components import './prerender'; the built index imports '#prerender' instead, which
// package.json's `imports` resolves per runtime: the renderer on servers and edge runtimes
// (dist/prerender.js), a stub in browsers (dist/prerender.browser.js), so no client bundle gets it.
const prerenderByCondition: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'prerender-by-condition',
  setup(build) {
    build.onResolve({ filter: /^\.\/prerender$/ }, () => ({ path: '#prerender', external: true }));
  },
};

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    prerender: 'src/prerender.ts',
    'prerender.browser': 'src/prerender.browser.ts',
  },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  esbuildPlugins: [prerenderByCondition],
  // Next.js's app router needs the directive on the module that uses hooks; esbuild drops it from
  // sources when bundling, so it goes in as a banner.
  banner: { js: "'use client';" },
});
