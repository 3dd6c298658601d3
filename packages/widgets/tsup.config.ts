import { defineConfig, type Options } from 'tsup';
import { cssText } from './scripts/css.mjs';

// The classic script fetches its locales as JSON files next to it instead of importing them.
const classicLocales: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'classic-locale-source',
  setup(build) {
    build.onResolve({ filter: /\/locale-source$/ }, (args) => ({
      path: new URL(`${args.path}.classic.ts`, `file://${args.resolveDir}/`).pathname,
    }));
  },
};

// The loader's widget modules take signals and the element runtime from src/loader/runtime.ts, and
// Preact (with `preactView`) from src/loader/preact.ts: one copy of each per page.
const sharedRuntime: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'shared-runtime',
  setup(build) {
    build.onResolve({ filter: /^@preact\/signals-core$|\/internal\/(attributes|widget)$/ }, () => ({
      path: './runtime.js',
      external: true,
    }));
    build.onResolve({ filter: /^(preact|preact\/jsx-runtime)$|\/internal\/preact-view$/ }, () => ({
      path: './preact.js',
      external: true,
    }));
  },
};

// The loader's Preact module takes its signals from the shared runtime too.
const runtimeSignals: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'runtime-signals',
  setup(build) {
    build.onResolve({ filter: /^@preact\/signals-core$/ }, () => ({ path: './runtime.js', external: true }));
  },
};

// terser with a few passes ships ~0.7 KB gzip less than esbuild's minifier for the classic bundle.
const terserOptions: Options['terserOptions'] = { compress: { passes: 3, pure_getters: true }, ecma: 2020 };

const widgets = ['benefits', 'faq', 'precautions', 'self-massage', 'technique-picker'];

export default defineConfig([
  {
    // ESM per entry for bundlers; preact, signals and content stay shared dependencies.
    entry: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      render: 'src/render/render.ts',
      'vue-prerender': 'src/vue/prerender.ts',
      'vue-prerender.browser': 'src/vue/prerender.browser.ts',
      ...Object.fromEntries(widgets.map((name) => [name, `src/${name}/${name}.define.ts`])),
    },
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'es2022',
    splitting: true,
    esbuildPlugins: [cssText],
  },
  {
    // What the loader imports, ready for browsers: one shared runtime (signals, the internal modules)
    // with each locale split out of it, Preact for the Preact views, and one module per widget.
    entry: { runtime: 'src/loader/runtime.ts' },
    outDir: 'dist/loader',
    format: ['esm'],
    noExternal: [/.*/],
    esbuildPlugins: [cssText],
    splitting: true,
    minify: 'terser',
    terserOptions,
    target: 'es2022',
  },
  {
    entry: { preact: 'src/loader/preact.ts' },
    outDir: 'dist/loader',
    format: ['esm'],
    noExternal: [/.*/],
    esbuildPlugins: [runtimeSignals],
    minify: 'terser',
    terserOptions,
    target: 'es2022',
  },
  {
    entry: Object.fromEntries(widgets.map((name) => [name, `src/${name}/${name}.define.ts`])),
    outDir: 'dist/loader',
    format: ['esm'],
    noExternal: [/.*/],
    esbuildPlugins: [sharedRuntime, cssText],
    splitting: false, // each widget keeps its own content: nothing shared but the runtime
    minify: 'terser',
    terserOptions,
    target: 'es2022',
  },
  {
    // The loader: a small classic script that imports the above when a page shows a widget.
    entry: { 'knead-loader': 'src/loader/knead-loader.ts' },
    format: ['iife'],
    outExtension: () => ({ js: '.js' }),
    minify: 'terser',
    terserOptions,
    target: 'es2022',
  },
  {
    // One classic script for a <script src> tag: everything inlined, defines every widget.
    entry: { knead: 'src/classic.ts' },
    format: ['iife'],
    outExtension: () => ({ js: '.js' }),
    noExternal: [/.*/],
    esbuildPlugins: [classicLocales, cssText],
    minify: 'terser',
    terserOptions,
    target: 'es2022',
  },
]);
