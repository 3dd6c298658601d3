import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // ESM per entry for bundlers; preact, signals and content stay shared dependencies.
    entry: { index: 'src/index.ts', define: 'src/define.ts', faq: 'src/faq/faq.define.ts' },
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
    minify: true,
    target: 'es2022',
  },
]);
