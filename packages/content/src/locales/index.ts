// To add a locale: write `xx.ts` exporting the same sections as `en.ts` (data only, typed with
// `../types`), import it below as `* as xx`, add `xx: xx.<section>` to each table and 'xx' to `locales`.
// One table per section lets a bundler keep only the sections a widget uses.
import type {
  BenefitsSection,
  FaqSection,
  IntroSection,
  PrecautionsSection,
  SelfMassageSection,
  TechniquesSection,
  TherapistSection,
} from '../types';
import * as en from './en';

/** Every built-in locale; English is the fallback. */
export const locales: readonly string[] = ['en'];

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
