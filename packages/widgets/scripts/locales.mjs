// Writes dist/locales/<locale>.json for every built-in locale but English (run by the build): the
// classic script fetches them from next to itself. ESM users get the same data as modules of
// @knead/content, which their bundler splits out.
import { mkdirSync, writeFileSync } from 'node:fs';
import { locales } from '@knead/content';

const dir = new URL('../dist/locales/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const locale of locales.filter((l) => l !== 'en')) {
  const module = await import(`@knead/content/locales/${locale}`);
  writeFileSync(new URL(`${locale}.json`, dir), JSON.stringify({ ...module }));
}
