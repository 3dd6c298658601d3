import { KneadSelfMassageElement } from './self-massage.element';

KneadSelfMassageElement.define();

export { KneadSelfMassageElement };
