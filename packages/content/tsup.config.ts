import { readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

// Every locale file but English is an entry of its own (`@knead/content/locales/es`), which the main
// entry's `localeLoaders` import dynamically, so only English ships in a widget's bundle.
const locales = readdirSync('src/locales')
  .filter((file) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.ts$/.test(file) && file !== 'en.ts')
  .map((file) => file.slice(0, -3));

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(locales.map((l) => [`locales/${l}`, `src/locales/${l}.ts`])),
  },
  format: ['esm'],
  dts: true,
  clean: true,
  splitting: true,
  target: 'es2022',
});
