import { KneadSelfMassageElement } from './self-massage.element';

KneadSelfMassageElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'knead-self-massage': KneadSelfMassageElement;
  }
}

export { KneadSelfMassageElement };
