import {
  benefitsByLocale,
  faqByLocale,
  introByLocale,
  locales,
  precautionsByLocale,
  selfMassageByLocale,
  techniquesByLocale,
  therapistByLocale,
} from './locales';
import type { Content } from './types';

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

/** All sections for the best match of `locale` (English by default); a missing section falls back to English. */
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
