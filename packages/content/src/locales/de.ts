// German (de). Register: formal "Sie" throughout, as German spas and health content address clients.
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
  title: 'Rückenmassage kurz erklärt',
  lead: 'Im Rücken sammelt sich viel von Ihrer täglichen Anspannung. Eine Massage hilft Ihnen, sie loszulassen.',
  topics: [
    {
      id: 'what-it-is',
      title: 'Worum es geht',
      text: 'Die Massage bearbeitet Muskeln und Weichteile Ihres Rückens mit Druck, Kneten und Reiben. Das löst Verspannungen, lindert Schmerzen und hilft Ihrem Körper, gut zu funktionieren.',
    },
    {
      id: 'circulation',
      title: 'Bessere Durchblutung',
      text: 'Druck regt die Durchblutung an: Ihre Muskeln werden mit Sauerstoff und Nährstoffen versorgt, Abfallstoffe werden abtransportiert.',
    },
    {
      id: 'endorphins',
      title: 'Körpereigene Wohlfühlstoffe',
      text: 'Massage setzt Endorphine frei – natürliche Schmerzmittel und Stimmungsaufheller, die Schmerzen lindern und Ihnen helfen, sich zu entspannen.',
    },
  ],
};

/** The five benefits from the article. */
export const benefits: BenefitsSection = {
  title: 'Fünf Vorteile einer Rückenmassage',
  ui: { showMore: 'Mehr lesen', showLess: 'Weniger anzeigen' },
  items: [
    {
      id: 'stress-relief',
      title: 'Stressabbau',
      summary: 'Beruhigt Körper und Geist.',
      details:
        'Wohltuende Berührung kann Ihr Nervensystem beruhigen und den Spiegel des Stresshormons Cortisol senken – für Entspannung und einen klaren Kopf.',
    },
    {
      id: 'pain-reduction',
      title: 'Schmerzlinderung',
      summary: 'Lindert chronische Schmerzen und Alltagsbeschwerden.',
      details:
        'Ob chronische Schmerzen oder Beschwerden durch schlechte Haltung: Massage lockert verspannte Muskeln, löst Verhärtungen und verringert Entzündungen.',
    },
    {
      id: 'blood-circulation',
      title: 'Bessere Durchblutung',
      summary: 'Versorgt Ihre Rückenmuskulatur.',
      details:
        'Sauerstoff und Nährstoffe gelangen in den ganzen Rücken. Das fördert die Heilung der Muskeln und macht sie widerstandsfähiger.',
    },
    {
      id: 'muscle-tension',
      title: 'Muskelverspannungen lösen',
      summary: 'Löst Verhärtungen.',
      details:
        'Durch Kneten und Dehnen lösen sich Verhärtungen und Verklebungen, sodass sich die Muskeln ganz entspannen können.',
    },
    {
      id: 'flexibility',
      title: 'Mehr Beweglichkeit',
      summary: 'Hilft Ihnen, sich frei zu bewegen.',
      details:
        'Verspannte Muskeln schränken Ihre Bewegungsfreiheit ein; regelmäßige Massagen halten sie locker und geschmeidig.',
    },
  ],
};

/** The five techniques and the goals the picker offers. */
export const techniques: TechniquesSection = {
  title: 'Finden Sie Ihre Massage',
  ui: {
    goalsLegend: 'Was wünschen Sie sich?',
    pressureLegend: 'Gewünschter Druck',
    pressures: { gentle: 'Sanft', medium: 'Mittel', firm: 'Kräftig', any: 'Keine Vorliebe' },
    matches: { one: '{count} passende Technik', other: '{count} passende Techniken' },
    reasonGoals: 'Passt zu: {goals}',
    reasonPressure: 'Druck: {pressure}',
    reasonNone: 'Auch einen Blick wert',
    pressureLabel: 'Druck',
    bestForLabel: 'Ideal für',
    noteLabel: 'Gut zu wissen',
    book: 'Massage buchen',
    choose: 'Auswählen',
    advisedAgainst: 'Für Sie nicht empfohlen',
    keepLabelCase: true,
  },
  goals: [
    { id: 'relaxation', label: 'Entspannung' },
    { id: 'chronic-pain', label: 'Chronische Schmerzen' },
    { id: 'muscle-tension', label: 'Muskelverspannungen' },
    { id: 'energy-balance', label: 'Energiebalance' },
    { id: 'soothing-heat', label: 'Wohlige Wärme' },
    { id: 'flexibility', label: 'Beweglichkeit' },
    { id: 'well-being', label: 'Wohlbefinden' },
  ],
  items: [
    {
      id: 'swedish',
      name: 'Schwedische Massage',
      description: 'Lange, gleitende Streichbewegungen und Kneten. Mild und wohltuend.',
      pressure: 'gentle',
      bestFor: 'Allgemeine Entspannung',
      goals: ['relaxation'],
    },
    {
      id: 'deep-tissue',
      name: 'Tiefengewebsmassage',
      description: 'Bearbeitet die tieferen Schichten von Muskeln und Bindegewebe.',
      pressure: 'firm',
      bestFor: 'Chronische Schmerzen und Muskelverspannungen',
      note: 'Kann vorübergehend Muskelkater oder Druckempfindlichkeit verursachen.',
      goals: ['chronic-pain', 'muscle-tension', 'flexibility'],
    },
    {
      id: 'shiatsu',
      name: 'Shiatsu',
      description:
        'Japanischer Fingerdruck auf bestimmte Punkte, der den Energiefluss ins Gleichgewicht bringt.',
      pressure: 'medium',
      bestFor: 'Energiebalance',
      goals: ['energy-balance'],
    },
    {
      id: 'hot-stone',
      name: 'Hot-Stone-Massage',
      description:
        'Heiße Steine auf dem Rücken spenden Wärme, entspannen die Muskeln und verstärken die Wirkung der Massage.',
      pressure: 'medium',
      bestFor: 'Wohlige Wärme und entspannte Muskeln',
      goals: ['soothing-heat', 'muscle-tension', 'flexibility'],
    },
    {
      id: 'aromatherapy',
      name: 'Aromaölmassage',
      description: 'Ätherische Öle verstärken Entspannung und Wohlbefinden.',
      pressure: 'gentle',
      bestFor: 'Entspannung und Wohlbefinden',
      goals: ['relaxation', 'well-being'],
    },
  ],
};

/** Who should take care, and why. */
export const precautions: PrecautionsSection = {
  title: 'Ist eine Rückenmassage das Richtige für Sie?',
  intro:
    'Eine Rückenmassage ist im Allgemeinen sicher, unter bestimmten Umständen ist jedoch Vorsicht geboten.',
  disclaimer:
    'Allgemeine Informationen, keine medizinische Beratung. Fragen Sie im Zweifel Ihre Ärztin oder Ihren Arzt.',
  ui: {
    conditionsLegend: 'Trifft etwas davon auf Sie zu?',
    none: 'Nichts davon',
    techniqueLabel: 'Technik, die Sie interessiert',
    anyTechnique: 'Egal / weiß nicht',
    reasonsHeading: 'Das sollten Sie wissen',
  },
  verdicts: {
    ok: { title: 'Grünes Licht', advice: 'Eine Rückenmassage ist im Allgemeinen sicher und wohltuend.' },
    consult: {
      title: 'Erst abklären',
      advice: 'Sprechen Sie vor der Buchung mit Ihrer Ärztin oder Ihrem Arzt.',
    },
    'avoid-intense': {
      title: 'Intensive Massage vermeiden',
      advice: 'Verzichten Sie auf intensive Techniken wie die Tiefengewebsmassage.',
    },
  },
  conditions: [
    { id: 'fracture', label: 'Knochenbruch' },
    { id: 'herniated-disc', label: 'Bandscheibenvorfall' },
    { id: 'severe-osteoporosis', label: 'Schwere Osteoporose' },
    { id: 'pregnancy', label: 'Schwangerschaft' },
  ],
  rules: [
    {
      id: 'avoid-intense',
      conditions: ['fracture', 'herniated-disc', 'severe-osteoporosis'],
      verdict: 'avoid-intense',
      reason:
        'Bei einem Knochenbruch, einem Bandscheibenvorfall oder schwerer Osteoporose vermeiden Sie intensive Massagen.',
      advisesAgainst: ['deep-tissue'],
    },
    {
      id: 'pregnancy',
      conditions: ['pregnancy'],
      verdict: 'consult',
      reason:
        'Wenn Sie schwanger sind, sprechen Sie zuerst mit Ihrer Ärztin oder Ihrem Arzt und suchen Sie sich eine Masseurin oder einen Masseur mit Ausbildung in Schwangerschaftsmassage.',
    },
    {
      id: 'deep-tissue-soreness',
      techniques: ['deep-tissue'],
      verdict: 'ok',
      reason:
        'Eine Tiefengewebsmassage kann vorübergehend Muskelkater oder Druckempfindlichkeit hinterlassen.',
    },
  ],
};

/** The four-step self-massage routine and its tools. */
export const selfMassage: SelfMassageSection = {
  title: 'Selbstmassage für zu Hause',
  intro: 'Sie schaffen es nicht regelmäßig zur Massage? Probieren Sie diese einfache Routine für zu Hause.',
  ui: {
    stepOf: 'Schritt {current} von {total}',
    previous: 'Zurück',
    next: 'Weiter',
    finish: 'Fertig',
    restart: 'Von vorn',
    start: 'Timer starten',
    pause: 'Pause',
    resume: 'Fortsetzen',
    timeLeft: 'Noch {time}',
    timeUp: 'Die Zeit ist um',
    suggestedDuration: 'Etwa {time}',
    complete: 'Routine abgeschlossen',
    toolsHeading: 'Was dabei hilft',
  },
  steps: [
    {
      id: 'sit-comfortably',
      title: 'Bequem hinsetzen',
      instruction: 'Lehnen Sie sich auf einem bequemen Stuhl zurück und entspannen Sie sich.',
      illustration: 'Eine Person entspannt sich in einem Sessel.',
    },
    {
      id: 'knead-along-spine',
      title: 'Entlang der Wirbelsäule kneten',
      instruction:
        'Kneten Sie mit den Fingerspitzen sanft die Muskeln neben der Wirbelsäule, vom unteren bis zum oberen Rücken.',
      illustration: 'Fingerspitzen kneten entlang der Wirbelsäule nach oben.',
      durationSeconds: 60,
    },
    {
      id: 'circular-motions',
      title: 'Verspannungen wegkreisen',
      instruction: 'Lösen Sie Verspannungen mit sanften, kreisenden Bewegungen.',
      illustration: 'Fingerspitzen kreisen auf dem Rücken.',
      durationSeconds: 60,
    },
    {
      id: 'roller-or-ball',
      title: 'Rolle oder Ball',
      instruction:
        'Lehnen Sie sich mit einer Faszienrolle oder einem Tennisball gegen eine Wand, um gezielt bestimmte Stellen zu bearbeiten.',
      illustration: 'Ein Rücken drückt einen Tennisball gegen eine Wand.',
      durationSeconds: 60,
    },
  ],
  tools: [
    {
      id: 'chair',
      name: 'Ein bequemer Stuhl',
      use: 'Setzen Sie sich, lehnen Sie sich zurück und entspannen Sie sich, bevor Sie beginnen.',
    },
    { id: 'foam-roller', name: 'Faszienrolle', use: 'Rollen Sie sie zwischen Rücken und Wand ab.' },
    {
      id: 'tennis-ball',
      name: 'Tennisball',
      use: 'Drücken Sie ihn mit dem Rücken gegen eine Wand, um bestimmte Stellen zu erreichen.',
    },
  ],
};

/** How to choose a professional therapist. */
export const therapist: TherapistSection = {
  title: 'Masseurin oder Masseur wählen',
  intro: 'Setzen Sie auf qualifizierte, erfahrene Masseurinnen und Masseure.',
  tips: [
    { id: 'recommendations', text: 'Hören Sie sich nach Empfehlungen um.' },
    { id: 'reviews', text: 'Lesen Sie Bewertungen.' },
    { id: 'certifications', text: 'Fragen Sie nach Zertifikaten.' },
  ],
  closing:
    'Kompetente Masseurinnen und Masseure stimmen die Massage auf Sie ab, damit Sie in vollem Umfang von ihr profitieren.',
};

/** The five questions from the article. */
export const faq: FaqSection = {
  title: 'Häufige Fragen',
  ui: {
    searchLabel: 'Fragen durchsuchen',
    count: { one: '{count} Frage von insgesamt {total}', other: '{count} Fragen von insgesamt {total}' },
    empty: 'Keine Frage passt zu „{query}“.',
    clear: 'Suche löschen',
  },
  items: [
    {
      id: 'pregnancy',
      question: 'Ist eine Rückenmassage in der Schwangerschaft sicher?',
      answer:
        'Eine Rückenmassage kann sicher und wohltuend sein. Fragen Sie aber zuerst Ihre Ärztin oder Ihren Arzt und suchen Sie sich eine Masseurin oder einen Masseur mit Ausbildung in Schwangerschaftsmassage.',
    },
    {
      id: 'how-often',
      question: 'Wie oft sollte ich zur Rückenmassage gehen?',
      answer:
        'Das hängt von Ihren Bedürfnissen ab: Manche profitieren von wöchentlichen Terminen, anderen reicht eine Massage im Monat.',
    },
    {
      id: 'persistent-pain',
      question: 'Kann eine Rückenmassage anhaltende Rückenschmerzen lindern?',
      answer:
        'Ja. Indem sie Muskelverspannungen löst und die Durchblutung anregt, kann sie chronische Rückenschmerzen lindern.',
    },
    {
      id: 'side-effects',
      question: 'Hat eine Rückenmassage Nebenwirkungen?',
      answer:
        'Nur wenige. Nach einer Tiefengewebsmassage spüren manche vorübergehend Muskelkater oder Druckempfindlichkeit.',
    },
    {
      id: 'athletes',
      question: 'Ist eine Rückenmassage gut für Sportlerinnen und Sportler?',
      answer:
        'Ja. Eine Rückenmassage kann Sportlerinnen, Sportlern und Fitnessbegeisterten helfen, Muskelkater zu lindern, die Regeneration zu unterstützen und die Beweglichkeit zu verbessern.',
    },
  ],
};
