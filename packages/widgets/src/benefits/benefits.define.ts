import { KneadBenefitsElement } from './benefits.element';

KneadBenefitsElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'knead-benefits': KneadBenefitsElement;
  }
}

export { KneadBenefitsElement };
