// Defines every Knead widget under its default tag. Safe to import more than once.
// The calls live here (not in imported *.define modules) so that shared chunks stay side-effect free.
import { KneadFaqElement } from './faq/faq.element';

KneadFaqElement.define();

export * from './index';
