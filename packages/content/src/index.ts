export { PRESSURES, SECTIONS, VERDICTS } from './constants';
export { mergeContent, mergeSections, parseContent, parseSections } from './content';
export { formatNumber, formatTemplate, plural } from './format';
export { getContent, loadContent, registerLocale, resolveLocale } from './locale';
export {
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
export {
  assessPrecautions,
  type PrecautionAssessment,
  recommendTechniques,
  type TechniqueRecommendation,
} from './queries';
export {
  benefitsSchema,
  faqSchema,
  introSchema,
  precautionsSchema,
  type SectionSchema,
  schemas,
  selfMassageSchema,
  techniquesSchema,
  therapistSchema,
} from './schema';
export type * from './types';
