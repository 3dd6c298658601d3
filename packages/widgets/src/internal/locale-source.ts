import { type LocaleModule, localeLoaders } from '@knead/content';

// The ESM builds load a locale with the dynamic import in `localeLoaders`, so a bundler splits each
// locale into a file of its own. The classic script swaps this module for locale-source.classic.ts
// (see tsup.config.ts), which fetches the locale's JSON file from next to the script instead.
/** Loads a built-in locale other than English. */
export const loadLocaleModule = (locale: string): Promise<LocaleModule> => localeLoaders[locale]!();
