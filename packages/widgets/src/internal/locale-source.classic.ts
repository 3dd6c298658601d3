import type { LocaleModule } from '@knead/content';

// The classic script's locale files sit next to it (dist/locales/es.json), found from its own URL;
// a fetch of JSON works under `default-src 'self'` and parses no code.
const base = (document.currentScript as HTMLScriptElement | null)?.src || location.href;

/** Fetches a built-in locale other than English from next to the classic script. */
export const loadLocaleModule = (locale: string): Promise<LocaleModule> =>
  fetch(new URL(`locales/${locale}.json`, base)).then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  });
