import { KneadFaqElement } from './faq.element';

KneadFaqElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'knead-faq': KneadFaqElement;
  }
}

export { KneadFaqElement };
