import { KneadBenefitsElement } from './benefits.element';

KneadBenefitsElement.define();

export { KneadBenefitsElement };
