import type {
  BenefitsSection,
  FaqSection,
  IntroSection,
  PrecautionsSection,
  SelfMassageSection,
  TechniquesSection,
  TherapistSection,
} from '../types';

// Facts come only from the source article. Every byte ships: keep it short.

/** What back massage is and the science behind it. */
export const intro: IntroSection = {
  title: 'Understanding back massage',
  lead: 'Your back holds much of your daily tension. Massage helps you let it go.',
  topics: [
    {
      id: 'what-it-is',
      title: 'What it is',
      text: 'Pressure, kneading and rubbing of your back’s muscles and soft tissues release tension, ease pain and help your body work well.',
    },
    {
      id: 'circulation',
      title: 'Better blood flow',
      text: 'Pressure boosts blood flow, bringing oxygen and nutrients to your muscles and clearing away waste.',
    },
    {
      id: 'endorphins',
      title: 'Natural feel-good chemistry',
      text: 'Massage releases endorphins, natural painkillers and mood enhancers that ease pain and help you relax.',
    },
  ],
};

/** The five benefits from the article. */
export const benefits: BenefitsSection = {
  title: 'Five benefits of back massage',
  ui: { showMore: 'Read more', showLess: 'Show less' },
  items: [
    {
      id: 'stress-relief',
      title: 'Stress relief',
      summary: 'Calms body and mind.',
      details:
        'Soothing touch can calm your nervous system and lower cortisol, the stress hormone, for a relaxed, clear mind.',
    },
    {
      id: 'pain-reduction',
      title: 'Pain reduction',
      summary: 'Eases chronic pain and everyday aches.',
      details:
        'Whether it’s chronic or from poor posture, massage loosens tight muscles, releases knots and reduces inflammation.',
    },
    {
      id: 'blood-circulation',
      title: 'Better circulation',
      summary: 'Nourishes your back muscles.',
      details: 'Oxygen and nutrients reach your whole back, helping muscles heal and grow more resilient.',
    },
    {
      id: 'muscle-tension',
      title: 'Muscle tension release',
      summary: 'Melts away knots.',
      details: 'Kneading and stretching release knots and adhesions so muscles relax fully.',
    },
    {
      id: 'flexibility',
      title: 'More flexibility',
      summary: 'Helps you move freely.',
      details: 'Tense muscles limit your range of motion; regular massage keeps them loose and supple.',
    },
  ],
};

/** The five techniques and the goals the picker offers. */
export const techniques: TechniquesSection = {
  title: 'Find your massage',
  ui: {
    goalsLegend: 'What would you like?',
    pressureLegend: 'Preferred pressure',
    pressures: { gentle: 'Gentle', medium: 'Medium', firm: 'Firm', any: 'No preference' },
    matches: { one: '1 technique matches', other: '{count} techniques match' },
    reasonGoals: 'Matches {goals}',
    reasonPressure: '{pressure} pressure',
    reasonNone: 'Another option to explore',
    pressureLabel: 'Pressure',
    bestForLabel: 'Best for',
    noteLabel: 'Good to know',
    book: 'Book this massage',
    choose: 'Choose',
    advisedAgainst: 'Not advised for you',
  },
  goals: [
    { id: 'relaxation', label: 'Relaxation' },
    { id: 'chronic-pain', label: 'Chronic pain' },
    { id: 'muscle-tension', label: 'Muscle tension' },
    { id: 'energy-balance', label: 'Energy balance' },
    { id: 'soothing-heat', label: 'Soothing heat' },
    { id: 'flexibility', label: 'Flexibility' },
    { id: 'well-being', label: 'Well-being' },
  ],
  items: [
    {
      id: 'swedish',
      name: 'Swedish massage',
      description: 'Long, gliding strokes and kneading. Mild and soothing.',
      pressure: 'gentle',
      bestFor: 'General relaxation',
      goals: ['relaxation'],
    },
    {
      id: 'deep-tissue',
      name: 'Deep tissue massage',
      description: 'Works the deeper layers of muscle and connective tissue.',
      pressure: 'firm',
      bestFor: 'Chronic pain and muscle tension',
      note: 'May cause temporary soreness or tenderness.',
      goals: ['chronic-pain', 'muscle-tension', 'flexibility'],
    },
    {
      id: 'shiatsu',
      name: 'Shiatsu',
      description: 'Japanese finger pressure on specific points to balance energy flow.',
      pressure: 'medium',
      bestFor: 'Balancing energy',
      goals: ['energy-balance'],
    },
    {
      id: 'hot-stone',
      name: 'Hot stone massage',
      description: 'Hot stones on your back add heat, relax the muscles and enhance the massage.',
      pressure: 'medium',
      bestFor: 'Soothing heat and relaxed muscles',
      goals: ['soothing-heat', 'muscle-tension', 'flexibility'],
    },
    {
      id: 'aromatherapy',
      name: 'Aromatherapy massage',
      description: 'Essential oils enhance relaxation and well-being.',
      pressure: 'gentle',
      bestFor: 'Relaxation and well-being',
      goals: ['relaxation', 'well-being'],
    },
  ],
};

/** Who should take care, and why. */
export const precautions: PrecautionsSection = {
  title: 'Is back massage right for you?',
  intro: 'Back massage is generally safe, but some conditions call for care.',
  disclaimer: 'General information, not medical advice. If in doubt, ask your healthcare provider.',
  ui: {
    conditionsLegend: 'Do any of these apply to you?',
    none: 'None of these',
    techniqueLabel: 'Technique you are considering',
    anyTechnique: 'Any / not sure',
    reasonsHeading: 'What to know',
  },
  verdicts: {
    ok: { title: 'Good to go', advice: 'Back massage is generally safe and beneficial.' },
    consult: { title: 'Check first', advice: 'Talk to your healthcare provider before booking.' },
    'avoid-intense': {
      title: 'Avoid intense massage',
      advice: 'Skip intense techniques such as deep tissue.',
    },
  },
  conditions: [
    { id: 'fracture', label: 'A fracture' },
    { id: 'herniated-disc', label: 'A herniated disc' },
    { id: 'severe-osteoporosis', label: 'Severe osteoporosis' },
    { id: 'pregnancy', label: 'Pregnancy' },
  ],
  rules: [
    {
      id: 'avoid-intense',
      conditions: ['fracture', 'herniated-disc', 'severe-osteoporosis'],
      verdict: 'avoid-intense',
      reason: 'With a fracture, herniated disc or severe osteoporosis, avoid intense massage.',
      advisesAgainst: ['deep-tissue'],
    },
    {
      id: 'pregnancy',
      conditions: ['pregnancy'],
      verdict: 'consult',
      reason:
        'If you’re pregnant, talk to your healthcare provider first and find a therapist trained in prenatal massage.',
    },
    {
      id: 'deep-tissue-soreness',
      techniques: ['deep-tissue'],
      verdict: 'ok',
      reason: 'Deep tissue can leave temporary soreness or tenderness.',
    },
  ],
};

/** The four-step self-massage routine and its tools. */
export const selfMassage: SelfMassageSection = {
  title: 'Self-massage at home',
  intro: 'Can’t see a therapist regularly? Try this simple routine at home.',
  ui: {
    stepOf: 'Step {current} of {total}',
    previous: 'Back',
    next: 'Next',
    finish: 'Finish',
    restart: 'Start again',
    start: 'Start timer',
    pause: 'Pause',
    resume: 'Resume',
    timeLeft: '{time} left',
    timeUp: 'Time’s up',
    suggestedDuration: 'About {time}',
    complete: 'Routine complete',
    toolsHeading: 'What helps',
  },
  steps: [
    {
      id: 'sit-comfortably',
      title: 'Get comfortable',
      instruction: 'Sit back and relax in a comfy chair.',
      illustration: 'A person relaxing in an armchair.',
    },
    {
      id: 'knead-along-spine',
      title: 'Knead along your spine',
      instruction:
        'With your fingertips, gently knead the muscles beside your spine, from lower to upper back.',
      illustration: 'Fingertips kneading up along the spine.',
      durationSeconds: 60,
    },
    {
      id: 'circular-motions',
      title: 'Circle away tension',
      instruction: 'Use gentle circular motions to release tension.',
      illustration: 'Fingertips circling on the back.',
      durationSeconds: 60,
    },
    {
      id: 'roller-or-ball',
      title: 'Roller or ball',
      instruction: 'Lean on a foam roller or tennis ball against a wall to target specific areas.',
      illustration: 'A back pressing a tennis ball against a wall.',
      durationSeconds: 60,
    },
  ],
  tools: [
    { id: 'chair', name: 'A comfy chair', use: 'Sit back in it and relax before you begin.' },
    { id: 'foam-roller', name: 'Foam roller', use: 'Roll it between your back and a wall.' },
    { id: 'tennis-ball', name: 'Tennis ball', use: 'Press it against a wall to reach specific spots.' },
  ],
};

/** How to choose a professional therapist. */
export const therapist: TherapistSection = {
  title: 'Choosing a massage therapist',
  intro: 'Choose a qualified, experienced therapist.',
  tips: [
    { id: 'recommendations', text: 'Look for recommendations.' },
    { id: 'reviews', text: 'Read reviews.' },
    { id: 'certifications', text: 'Ask about their certifications.' },
  ],
  closing: 'A skilled therapist tailors the massage to you, so you get its full benefits.',
};

/** The five questions from the article. */
export const faq: FaqSection = {
  title: 'Frequently asked questions',
  ui: {
    searchLabel: 'Search questions',
    count: { one: '{count} of {total} questions', other: '{count} of {total} questions' },
    empty: 'No questions match “{query}”.',
    clear: 'Clear search',
  },
  items: [
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
  ],
};
