// English is built in and bundled; every other locale is a module of its own, loaded on demand.
// To add a locale: write `xx.ts` exporting the same sections as `en.ts` (data only, typed with `../types`;
// `export const direction = 'rtl'` for a right-to-left language) and its `xx.terms.md`, then add it to
// `localeLoaders` and `locales` below. DEVELOPERS.md lists the rest (tests, Storybook, README).
// One table per section lets a bundler keep only the sections a widget uses.
import type {
  BenefitsSection,
  FaqSection,
  IntroSection,
  LocaleModule,
  PrecautionsSection,
  SelfMassageSection,
  TechniquesSection,
  TherapistSection,
} from '../types';
import * as en from './en';

/** Loads each built-in locale other than English (a dynamic import, so a bundler splits it out). */
export const localeLoaders: Record<string, () => Promise<LocaleModule>> = {
  es: () => import('./es'),
  de: () => import('./de'),
  fr: () => import('./fr'),
  ar: () => import('./ar'),
};

/** Every built-in locale; English is the fallback. (A list of its own: the classic script has no loaders.) */
export const locales: readonly string[] = ['en', 'es', 'de', 'fr', 'ar'];

/** The intro section for each locale. */
export const introByLocale: Record<string, IntroSection> = { en: en.intro };
/** The benefits section for each locale. */
export const benefitsByLocale: Record<string, BenefitsSection> = { en: en.benefits };
/** The techniques section for each locale. */
export const techniquesByLocale: Record<string, TechniquesSection> = { en: en.techniques };
/** The precautions section for each locale. */
export const precautionsByLocale: Record<string, PrecautionsSection> = { en: en.precautions };
/** The self-massage section for each locale. */
export const selfMassageByLocale: Record<string, SelfMassageSection> = { en: en.selfMassage };
/** The therapist section for each locale. */
export const therapistByLocale: Record<string, TherapistSection> = { en: en.therapist };
/** The FAQ section for each locale. */
export const faqByLocale: Record<string, FaqSection> = { en: en.faq };
