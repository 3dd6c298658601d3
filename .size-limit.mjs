// Bytes a visitor downloads (minified, gzip), enforced by `pnpm size` in CI at the measured size
// plus at most 4 %. Budgets only go down, except through a decision record (docs/decisions/; the
// latest rise: 0005-memory-per-element.md).

// A bundler splits each locale into a file of its own (the dynamic imports in @knead/content's
// localeLoaders); size-limit's esbuild would inline them, so the English bundles leave them out and
// each locale file is measured on its own below.
const englishOnly = (config) => ({
  ...config,
  format: 'esm',
  external: [...(config.external ?? []), './locales/*'],
});
const LOCALE_LIMITS = {
  es: { esm: '3.8 KB', json: '3.7 KB' },
  de: { esm: '3.9 KB', json: '3.9 KB' },
  fr: { esm: '3.9 KB', json: '3.9 KB' },
  ar: { esm: '4.6 KB', json: '4.2 KB' },
};
const locales = ['es', 'de', 'fr', 'ar'];
// Each widget's module for the loader (it imports the shared runtime), as shipped (terser-minified).
const loaderWidgets = [
  ['benefits', '3.3 KB'],
  ['faq', '5.0 KB'],
  ['precautions', '5.2 KB'],
  ['self-massage', '4.95 KB'],
  ['technique-picker', '5.9 KB'],
];

export default [
  {
    name: '<knead-faq> alone, ESM entry (signals, runtime, widget, English content; no Preact: 0006)',
    path: 'packages/widgets/dist/faq.js',
    import: '*',
    gzip: true,
    limit: '11.8 KB',
    modifyEsbuildConfig: englishOnly,
  },
  {
    name: '<knead-benefits> alone, ESM entry',
    path: 'packages/widgets/dist/benefits.js',
    import: '*',
    gzip: true,
    limit: '14.65 KB',
    modifyEsbuildConfig: englishOnly,
  },
  {
    name: '<knead-technique-picker> alone, ESM entry',
    path: 'packages/widgets/dist/technique-picker.js',
    import: '*',
    gzip: true,
    limit: '16.9 KB',
    modifyEsbuildConfig: englishOnly,
  },
  {
    name: '<knead-precautions> alone, ESM entry',
    path: 'packages/widgets/dist/precautions.js',
    import: '*',
    gzip: true,
    limit: '16.4 KB',
    modifyEsbuildConfig: englishOnly,
  },
  {
    name: '<knead-self-massage> alone, ESM entry',
    path: 'packages/widgets/dist/self-massage.js',
    import: '*',
    gzip: true,
    limit: '16.1 KB',
    modifyEsbuildConfig: englishOnly,
  },
  {
    name: 'Classic script, every widget and English content',
    path: 'packages/widgets/dist/knead.js',
    gzip: true,
    limit: '27.1 KB',
    disablePlugins: ['@size-limit/esbuild'],
  },
  {
    name: 'Loader script (knead-loader.js): all a page pays before a widget is shown',
    path: 'packages/widgets/dist/knead-loader.js',
    gzip: true,
    limit: '0.83 KB',
    disablePlugins: ['@size-limit/esbuild'],
  },
  {
    name: "Loader's shared runtime (dist/loader/runtime.js: signals, element runtime)",
    path: 'packages/widgets/dist/loader/runtime.js',
    gzip: true,
    limit: '7.3 KB',
    disablePlugins: ['@size-limit/esbuild'],
  },
  {
    name: "Loader's Preact (dist/loader/preact.js), for every widget but the FAQ",
    path: 'packages/widgets/dist/loader/preact.js',
    gzip: true,
    limit: '4.9 KB',
    disablePlugins: ['@size-limit/esbuild'],
  },
  ...loaderWidgets.map(([name, limit]) => ({
    name: `Loader's <knead-${name}> module (dist/loader/${name}.js, with its English content)`,
    path: `packages/widgets/dist/loader/${name}.js`,
    gzip: true,
    limit,
    disablePlugins: ['@size-limit/esbuild'],
  })),
  ...locales.flatMap((locale) => [
    {
      name: `${locale} locale, ESM (@knead/content/locales/${locale}, loaded on demand)`,
      path: `packages/content/dist/locales/${locale}.js`,
      import: '*',
      gzip: true,
      limit: LOCALE_LIMITS[locale].esm,
    },
    {
      name: `${locale} locale, classic script's file (dist/locales/${locale}.json)`,
      path: `packages/widgets/dist/locales/${locale}.json`,
      gzip: true,
      limit: LOCALE_LIMITS[locale].json,
      disablePlugins: ['@size-limit/esbuild'],
    },
  ]),
];
