// Defines every Knead widget under its default tag. Safe to import more than once.
import './faq/faq.define';

export * from './index';
