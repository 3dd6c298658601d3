import {
  benefitsByLocale,
  faqByLocale,
  introByLocale,
  localeLoaders,
  locales,
  precautionsByLocale,
  selfMassageByLocale,
  techniquesByLocale,
  therapistByLocale,
} from './locales';
import type { Content, LocaleModule } from './types';

/**
 * Finds the best available locale for `requested` (`es-MX` → `es` → `en`; case and `_` ignored);
 * `exact` is false only when a requested locale had to fall back to English.
 */
export function resolveLocale(
  requested: string | undefined | null,
  available: readonly string[] = locales,
): { locale: string; exact: boolean } {
  const find = (tag: string) => available.find((locale) => locale.toLowerCase() === tag);
  const wanted = (requested ?? '').trim().replace(/_/g, '-').toLowerCase();
  for (let tag = wanted; tag; tag = tag.slice(0, Math.max(tag.lastIndexOf('-'), 0))) {
    const locale = find(tag);
    if (locale) return { locale, exact: true };
  }
  return { locale: find('en') ?? available[0] ?? 'en', exact: !wanted };
}

/**
 * All sections for the best match of `locale` that is already in memory: English, or a locale passed
 * to `registerLocale` (`loadContent` loads any built-in one first). A missing section falls back to English.
 */
export function getContent(locale?: string): Content {
  const l = resolveLocale(locale).locale;
  const pick = <T>(table: Record<string, T>): T => table[l] ?? table.en!;
  return {
    intro: pick(introByLocale),
    benefits: pick(benefitsByLocale),
    techniques: pick(techniquesByLocale),
    precautions: pick(precautionsByLocale),
    selfMassage: pick(selfMassageByLocale),
    therapist: pick(therapistByLocale),
    faq: pick(faqByLocale),
  };
}

/** Makes a loaded locale's sections available to `getContent` (server rendering, tests). */
export function registerLocale(locale: string, module: LocaleModule): void {
  introByLocale[locale] = module.intro;
  benefitsByLocale[locale] = module.benefits;
  techniquesByLocale[locale] = module.techniques;
  precautionsByLocale[locale] = module.precautions;
  selfMassageByLocale[locale] = module.selfMassage;
  therapistByLocale[locale] = module.therapist;
  faqByLocale[locale] = module.faq;
}

/** Loads the best built-in match of `locale` (`es-MX` → `es`), registers it and returns all its sections. */
export async function loadContent(locale?: string): Promise<Content> {
  const l = resolveLocale(locale).locale;
  const load = localeLoaders[l];
  if (load && !faqByLocale[l]) registerLocale(l, await load());
  return getContent(l);
}
