import type { ContentOverride } from '@knead/content';

export type SpaLocation = 'harbour' | 'garden';

/** This spa's own FAQ question, per location: passed to the FAQ as an object (its `content`). */
export const faqOverrides: Record<SpaLocation, ContentOverride> = {
  harbour: {
    faq: {
      items: [
        {
          id: 'parking',
          question: 'Where do I park at Stillwater Harbour?',
          answer: 'In the Harbour Lane car park, two minutes away: we stamp your ticket at the desk.',
        },
      ],
    },
    order: { 'faq.items': ['parking'] },
  },
  garden: {
    faq: {
      items: [
        {
          id: 'parking',
          question: 'Where do I park at Stillwater Garden?',
          answer: 'Free, in the courtyard behind the spa.',
        },
      ],
    },
    order: { 'faq.items': ['parking'] },
  },
};
