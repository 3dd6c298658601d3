export { PRESSURES, SECTIONS, VERDICTS } from './constants';
export { mergeContent, mergeSections, parseContent, parseSections } from './content';
export { formatTemplate, plural } from './format';
export { getContent, resolveLocale } from './locale';
export {
  benefitsByLocale,
  faqByLocale,
  introByLocale,
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
