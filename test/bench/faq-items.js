// The five questions <knead-faq> renders, for the static and Lit variants: the same data, not a copy.
import { faqByLocale } from '../../packages/content/dist/index.js';

export const { title, items } = faqByLocale.en;
