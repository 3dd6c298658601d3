import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Content,
  formatTemplate,
  getContent,
  type LocaleModule,
  loadContent,
  localeLoaders,
  locales,
  parseContent,
  plural,
  registerLocale,
  resolveLocale,
} from '../src';
import * as en from '../src/locales/en';

// Every built-in locale against the English: same ids and data, same placeholders, every plural
// category its language has, nothing left in English.

type Obj = Record<string, unknown>;
const others = locales.filter((l) => l !== 'en');
const modules = Object.fromEntries(
  await Promise.all(others.map(async (l) => [l, await localeLoaders[l]!()] as const)),
) as Record<string, LocaleModule>;
const english = getContent('en') as unknown as Obj;

// Words that are the same in a language (names, loanwords); each is checked against English.
const SAME: Record<string, string[]> = {
  es: ['Shiatsu'],
  de: ['Shiatsu', 'Pause'],
  fr: ['Shiatsu', 'Pause'],
  ar: [],
};
// Fields that are data, not text: copied from English exactly.
const DATA = new Set([
  'id',
  'pressure',
  'goals',
  'conditions',
  'techniques',
  'advisesAgainst',
  'verdict',
  'durationSeconds',
]);
const OPTIONAL = new Set(['keepLabelCase', 'reasonSeparator']);
const CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const isPlural = (value: unknown): value is Obj =>
  !!value &&
  typeof value === 'object' &&
  'other' in value &&
  Object.keys(value).every((k) => CATEGORIES.has(k));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every [path, English value, translated value] pair of leaves, and plural objects whole. */
function* pairs(a: unknown, b: unknown, path = ''): Generator<[string, unknown, unknown]> {
  if (isPlural(a) || typeof a !== 'object' || a === null) {
    yield [path, a, b];
    return;
  }
  if (Array.isArray(a)) {
    expect(Array.isArray(b), path).toBe(true);
    expect((b as unknown[]).length, `${path}.length`).toBe(a.length);
    for (const [i, item] of a.entries()) yield* pairs(item, (b as unknown[])[i], `${path}[${i}]`);
    return;
  }
  const keys = Object.keys(a).filter((k) => !OPTIONAL.has(k));
  expect(
    Object.keys(b as Obj)
      .filter((k) => !OPTIONAL.has(k))
      .sort(),
    path,
  ).toEqual(keys.sort());
  for (const key of keys) yield* pairs((a as Obj)[key], (b as Obj)[key], path ? `${path}.${key}` : key);
}

describe.each(others)('the %s locale', (locale) => {
  const module = modules[locale]!;
  const content = Object.fromEntries(
    Object.keys(english).map((s) => [s, (module as unknown as Obj)[s]]),
  ) as unknown as Content;
  const leaves = [...pairs(english, content)];

  it('parses, with every section', () => {
    expect(parseContent(content)).toEqual({ ok: true, value: content });
  });

  it('has every id and data field of the English, in the same order', () => {
    for (const [path, a, b] of leaves) {
      const field = path
        .replace(/\[\d+\]$/, '')
        .split('.')
        .pop()!;
      if (DATA.has(field)) expect(b, path).toEqual(a);
    }
  });

  it('has every string the English has, with the same placeholders, none left in English', () => {
    const same = SAME[locale] ?? [];
    for (const [path, a, b] of leaves) {
      if (
        typeof a !== 'string' ||
        DATA.has(
          path
            .replace(/\[\d+\]$/, '')
            .split('.')
            .pop()!,
        )
      )
        continue;
      expect(typeof b, path).toBe('string');
      expect((b as string).trim(), path).not.toBe('');
      expect(placeholders(b as string), path).toEqual(placeholders(a));
      if (b === a) expect(same, `${path} is still English: "${a}"`).toContain(a);
    }
  });

  it('has a form for every plural category of the language, each reading right for 0, 1, 2, 3, 11, 100', () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const plurals = leaves.filter(([, a]) => isPlural(a));
    expect(plurals.map(([path]) => path).sort()).toEqual(['faq.ui.count', 'techniques.ui.matches']);
    for (const [path, a, b] of plurals) {
      expect(Object.keys(b as Obj).sort(), path).toEqual([...categories].sort());
      const allowed = placeholders((a as Obj).other as string);
      for (const [category, form] of Object.entries(b as Obj)) {
        expect(allowed, `${path}.${category}`).toEqual(expect.arrayContaining(placeholders(form as string)));
        if (path === 'faq.ui.count') expect(form, `${path}.${category}`).toContain('{total}');
      }
      for (const n of [0, 1, 2, 3, 11, 100]) {
        const text = plural(b as never, n, locale, 5);
        expect(text, `${path} for ${n}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('keeps a terminology list beside the data', () => {
    const terms = readFileSync(new URL(`../src/locales/${locale}.terms.md`, import.meta.url), 'utf8');
    for (const technique of content.techniques.items)
      expect(terms.toLowerCase(), technique.id).toContain(technique.name.toLowerCase());
    for (const condition of content.precautions.conditions)
      expect(terms.toLowerCase(), condition.id).toContain(condition.label.toLowerCase());
  });

  it(`is written ${locale === 'ar' ? 'right to left' : 'left to right'}`, () => {
    expect(module.direction ?? 'ltr').toBe(locale === 'ar' ? 'rtl' : 'ltr');
  });
});

describe('loading a locale', () => {
  it('resolves regional tags to the language and loads it once, for getContent too', async () => {
    expect(['es-MX', 'fr-CA', 'ar-EG', 'de-AT'].map((tag) => resolveLocale(tag).locale)).toEqual([
      'es',
      'fr',
      'ar',
      'de',
    ]);
    expect(getContent('de').faq).toBe(en.faq); // not loaded yet: English
    const de = await loadContent('de-AT');
    expect(de.faq).toBe(modules.de!.faq);
    expect(getContent('de').faq).toBe(modules.de!.faq);
    expect(await loadContent('pt')).toEqual(getContent('en'));
  });

  it('makes a registered locale available synchronously (server rendering)', () => {
    registerLocale('fr', modules.fr!);
    expect(getContent('fr-CA').techniques).toBe(modules.fr!.techniques);
    expect(formatTemplate(getContent('fr').selfMassage.ui.stepOf, { current: 1, total: 4 })).toMatch(/1.*4/);
  });
});
