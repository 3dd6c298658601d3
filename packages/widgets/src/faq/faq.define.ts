import { KneadFaqElement } from './faq.element';

KneadFaqElement.define();

export { KneadFaqElement };
