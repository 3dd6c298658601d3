import { KneadTechniquePickerElement } from './technique-picker.element';

KneadTechniquePickerElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'knead-technique-picker': KneadTechniquePickerElement;
  }
}

export { KneadTechniquePickerElement };
