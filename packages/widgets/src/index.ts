// The main entry only exports; importing it defines nothing. Use `@knead/widgets/define` (all
// widgets), `@knead/widgets/<widget>` (one), or `KneadFaqElement.define('my-faq')` for another tag name.

// So a site can type a content override with this package alone (strict installs such as pnpm).
export type { Content, ContentOverride } from '@knead/content';
export { KneadBenefitsElement } from './benefits/benefits.element';
export type { BenefitsLayout, BenefitToggleDetail } from './benefits/benefits.model';
export { KneadFaqElement } from './faq/faq.element';
export type { FaqToggleDetail } from './faq/faq.model';
export type { KneadErrorDetail } from './internal/events';
export { VERSION } from './internal/version';
export { KneadPrecautionsElement } from './precautions/precautions.element';
export type { PrecautionsValue, VerdictDetail } from './precautions/precautions.model';
export { KneadSelfMassageElement } from './self-massage/self-massage.element';
export type { CompleteDetail, StepChangeDetail } from './self-massage/self-massage.model';
export { KneadTechniquePickerElement } from './technique-picker/technique-picker.element';
export type {
  TechniqueBookDetail,
  TechniquePickerValue,
  TechniqueSelectDetail,
} from './technique-picker/technique-picker.model';
