// The spa's own FAQ question per location, shared by every framework example; each example types it
// as a ContentOverride where it imports it (this folder has no dependencies of its own).

/** The spa's locations: switching one re-renders the FAQ with another content override. */
export type SpaLocation = 'harbour' | 'garden';

/** This spa's own FAQ question, per location: passed to the FAQ as an object (its `content`). */
export const faqOverrides = {
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
