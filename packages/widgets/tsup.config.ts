import { defineConfig, type Options } from 'tsup';

// The classic script fetches its locales as JSON files next to it instead of importing them.
const classicLocales: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'classic-locale-source',
  setup(build) {
    build.onResolve({ filter: /\/locale-source$/ }, (args) => ({
      path: new URL(`${args.path}.classic.ts`, `file://${args.resolveDir}/`).pathname,
    }));
  },
};

const widgets = ['benefits', 'faq', 'precautions', 'self-massage', 'technique-picker'];

export default defineConfig([
  {
    // ESM per entry for bundlers; preact, signals and content stay shared dependencies.
    entry: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      ...Object.fromEntries(widgets.map((name) => [name, `src/${name}/${name}.define.ts`])),
    },
    format: ['esm'],
    dts: true,
    clean: true,
    target: 'es2022',
    splitting: true,
  },
  {
    // One classic script for a <script src> tag: everything inlined, defines every widget.
    entry: { knead: 'src/classic.ts' },
    format: ['iife'],
    outExtension: () => ({ js: '.js' }),
    noExternal: [/.*/],
    esbuildPlugins: [classicLocales],
    // terser with a few passes ships ~0.7 KB gzip less than esbuild's minifier for this bundle.
    minify: 'terser',
    terserOptions: { compress: { passes: 3, pure_getters: true }, ecma: 2020 },
    target: 'es2022',
  },
]);
