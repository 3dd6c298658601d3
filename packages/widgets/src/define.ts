// Defines every Knead widget under its default tag. Safe to import more than once.
// The calls live here (not in imported *.define modules) so that shared chunks stay side-effect free.
import { KneadBenefitsElement } from './benefits/benefits.element';
import { KneadFaqElement } from './faq/faq.element';
import { KneadPrecautionsElement } from './precautions/precautions.element';
import { KneadSelfMassageElement } from './self-massage/self-massage.element';
import { KneadTechniquePickerElement } from './technique-picker/technique-picker.element';

KneadBenefitsElement.define();
KneadFaqElement.define();
KneadPrecautionsElement.define();
KneadSelfMassageElement.define();
KneadTechniquePickerElement.define();

export * from './index';
