// The five questions of `faqByLocale.en` (packages/content/src/locales/en.ts), copied so that the
// static page and the Lit component ship only these five, as a site author would write them.
// bench.mjs checks this copy against the built content and stops if the two ever differ.
export const title = 'Frequently asked questions';

export const items = [
  {
    id: 'pregnancy',
    question: 'Is back massage safe during pregnancy?',
    answer:
      'It can be safe and beneficial, but ask your healthcare provider first and find a therapist trained in prenatal massage.',
  },
  {
    id: 'how-often',
    question: 'How often should I get a back massage?',
    answer: 'It depends on your needs: some benefit from weekly sessions, others find monthly enough.',
  },
  {
    id: 'persistent-pain',
    question: 'Can back massage relieve persistent back pain?',
    answer: 'Yes. By easing muscle tension and boosting circulation, it can relieve chronic back pain.',
  },
  {
    id: 'side-effects',
    question: 'Does back massage have side effects?',
    answer: 'Few. Some feel temporary soreness or tenderness after deep tissue massage.',
  },
  {
    id: 'athletes',
    question: 'Is back massage good for athletes?',
    answer:
      'Yes. It can help athletes and fitness enthusiasts reduce muscle soreness, aid recovery and improve flexibility.',
  },
];
