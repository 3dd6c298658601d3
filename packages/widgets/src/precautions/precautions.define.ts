import { KneadPrecautionsElement } from './precautions.element';

KneadPrecautionsElement.define();

export { KneadPrecautionsElement };
