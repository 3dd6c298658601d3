import { KneadPrecautionsElement } from './precautions.element';

KneadPrecautionsElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'knead-precautions': KneadPrecautionsElement;
  }
}

export { KneadPrecautionsElement };
