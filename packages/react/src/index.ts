// React components for the Knead widgets. Importing this module defines the five elements in the
// browser (nothing in Node, so server rendering is safe); the dist file starts with 'use client'.

// The element, event-detail and content types, so an app can depend on @knead/react alone.
export type {
  BenefitsLayout,
  BenefitToggleDetail,
  CompleteDetail,
  Content,
  ContentOverride,
  FaqToggleDetail,
  KneadBenefitsElement,
  KneadErrorDetail,
  KneadFaqElement,
  KneadPrecautionsElement,
  KneadSelfMassageElement,
  KneadTechniquePickerElement,
  PrecautionsValue,
  StepChangeDetail,
  TechniqueBookDetail,
  TechniquePickerValue,
  TechniqueSelectDetail,
  VerdictDetail,
} from '@knead/widgets';
export type { KneadCommonProps, KneadComponent, KneadProps } from './component';
export { KneadProvider } from './component';
export * from './components';
