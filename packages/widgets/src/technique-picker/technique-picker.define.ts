import { KneadTechniquePickerElement } from './technique-picker.element';

KneadTechniquePickerElement.define();

export { KneadTechniquePickerElement };
