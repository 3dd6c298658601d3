import type { ContentOverride } from '@knead/content';
import { type SpaLocation, faqOverrides as shared } from '../../shared/overrides';

export type { SpaLocation };

/** This spa's own FAQ question, per location: passed to the FAQ as an object (its `content`). */
export const faqOverrides: Record<SpaLocation, ContentOverride> = shared;
