// The main entry only exports; importing it defines nothing. Use `@knead/widgets/define` (all
// widgets), `@knead/widgets/faq` (one), or `KneadFaqElement.define('my-faq')` for another tag name.
export type { KneadErrorDetail } from './internal/events';
export { VERSION } from './internal/version';
export { KneadFaqElement } from './faq/faq.element';
export type { FaqToggleDetail } from './faq/faq.model';
