// Register: informal "tú" (tuteo) throughout, as Spanish-language spa and wellness brands address
// their clients; neutral international Spanish for Spain and Latin America.
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
  title: 'Conoce el masaje de espalda',
  lead: 'Tu espalda acumula buena parte de la tensión del día a día. El masaje te ayuda a liberarla.',
  topics: [
    {
      id: 'what-it-is',
      title: 'Qué es',
      text: 'La presión, el amasado y la fricción sobre los músculos y tejidos blandos de tu espalda liberan tensión, alivian el dolor y ayudan a que tu cuerpo funcione bien.',
    },
    {
      id: 'circulation',
      title: 'Más flujo sanguíneo',
      text: 'La presión aumenta el flujo sanguíneo, que lleva oxígeno y nutrientes a tus músculos y arrastra los desechos.',
    },
    {
      id: 'endorphins',
      title: 'La química natural del bienestar',
      text: 'El masaje libera endorfinas, analgésicos naturales que también mejoran el ánimo: alivian el dolor y te ayudan a relajarte.',
    },
  ],
};

/** The five benefits from the article. */
export const benefits: BenefitsSection = {
  title: 'Cinco beneficios del masaje de espalda',
  ui: { showMore: 'Ver más', showLess: 'Ver menos' },
  items: [
    {
      id: 'stress-relief',
      title: 'Alivio del estrés',
      summary: 'Calma el cuerpo y la mente.',
      details:
        'Un contacto relajante puede calmar tu sistema nervioso y reducir el cortisol, la hormona del estrés, para una mente relajada y despejada.',
    },
    {
      id: 'pain-reduction',
      title: 'Menos dolor',
      summary: 'Alivia el dolor crónico y las molestias cotidianas.',
      details:
        'Ya sea crónico o por una mala postura, el masaje afloja los músculos tensos, deshace los nudos y reduce la inflamación.',
    },
    {
      id: 'blood-circulation',
      title: 'Mejor circulación',
      summary: 'Nutre los músculos de tu espalda.',
      details:
        'El oxígeno y los nutrientes llegan a toda tu espalda, lo que ayuda a que los músculos se reparen y sean más resistentes.',
    },
    {
      id: 'muscle-tension',
      title: 'Menos tensión muscular',
      summary: 'Deshace los nudos.',
      details:
        'El amasado y los estiramientos deshacen nudos y adherencias para que los músculos se relajen por completo.',
    },
    {
      id: 'flexibility',
      title: 'Más flexibilidad',
      summary: 'Te ayuda a moverte con libertad.',
      details:
        'Los músculos tensos limitan tu amplitud de movimiento; el masaje regular los mantiene sueltos y elásticos.',
    },
  ],
};

/** The five techniques and the goals the picker offers. */
export const techniques: TechniquesSection = {
  title: 'Encuentra tu masaje',
  ui: {
    goalsLegend: '¿Qué buscas?',
    pressureLegend: '¿Qué presión prefieres?',
    pressures: { gentle: 'Suave', medium: 'Media', firm: 'Firme', any: 'Sin preferencia' },
    matches: {
      one: '{count} técnica coincide',
      many: '{count} de técnicas coinciden',
      other: '{count} técnicas coinciden',
    },
    reasonGoals: 'Coincide con: {goals}',
    reasonPressure: 'presión {pressure}',
    reasonNone: 'Otra opción por descubrir',
    pressureLabel: 'Presión',
    bestForLabel: 'Ideal para',
    noteLabel: 'Ten en cuenta',
    book: 'Reservar este masaje',
    choose: 'Elegir',
    advisedAgainst: 'No recomendado en tu caso',
  },
  goals: [
    { id: 'relaxation', label: 'Relajación' },
    { id: 'chronic-pain', label: 'Dolor crónico' },
    { id: 'muscle-tension', label: 'Tensión muscular' },
    { id: 'energy-balance', label: 'Equilibrio energético' },
    { id: 'soothing-heat', label: 'Calor reconfortante' },
    { id: 'flexibility', label: 'Flexibilidad' },
    { id: 'well-being', label: 'Bienestar' },
  ],
  items: [
    {
      id: 'swedish',
      name: 'Masaje sueco',
      description: 'Maniobras largas y deslizantes combinadas con amasado. Un masaje suave y relajante.',
      pressure: 'gentle',
      bestFor: 'Relajación general',
      goals: ['relaxation'],
    },
    {
      id: 'deep-tissue',
      name: 'Masaje de tejido profundo',
      description: 'Trabaja las capas más profundas del músculo y del tejido conectivo.',
      pressure: 'firm',
      bestFor: 'Dolor crónico y tensión muscular',
      note: 'Puede causar molestias o sensibilidad temporales.',
      goals: ['chronic-pain', 'muscle-tension', 'flexibility'],
    },
    {
      id: 'shiatsu',
      name: 'Shiatsu',
      description:
        'Técnica japonesa de presión con los dedos sobre puntos concretos para equilibrar el flujo de energía.',
      pressure: 'medium',
      bestFor: 'Equilibrar la energía',
      goals: ['energy-balance'],
    },
    {
      id: 'hot-stone',
      name: 'Masaje con piedras calientes',
      description:
        'Las piedras calientes sobre tu espalda aportan calor, relajan los músculos y potencian el masaje.',
      pressure: 'medium',
      bestFor: 'Calor reconfortante y músculos relajados',
      goals: ['soothing-heat', 'muscle-tension', 'flexibility'],
    },
    {
      id: 'aromatherapy',
      name: 'Masaje con aromaterapia',
      description: 'Los aceites esenciales potencian la relajación y el bienestar.',
      pressure: 'gentle',
      bestFor: 'Relajación y bienestar',
      goals: ['relaxation', 'well-being'],
    },
  ],
};

/** Who should take care, and why. */
export const precautions: PrecautionsSection = {
  title: '¿Es el masaje de espalda para ti?',
  intro:
    'En general, el masaje de espalda es seguro, pero algunas situaciones de salud requieren precaución.',
  disclaimer:
    'Información general que no constituye consejo médico. Si tienes dudas, consulta a tu profesional de la salud.',
  ui: {
    conditionsLegend: '¿Te encuentras en alguno de estos casos?',
    none: 'Ninguno de estos',
    techniqueLabel: 'Técnica que estás considerando',
    anyTechnique: 'Cualquiera / no lo sé',
    reasonsHeading: 'Lo que debes saber',
  },
  verdicts: {
    ok: { title: 'Adelante', advice: 'En general, el masaje de espalda es seguro y beneficioso.' },
    consult: { title: 'Consulta primero', advice: 'Habla con tu profesional de la salud antes de reservar.' },
    'avoid-intense': {
      title: 'Evita el masaje intenso',
      advice: 'Descarta las técnicas intensas, como el masaje de tejido profundo.',
    },
  },
  conditions: [
    { id: 'fracture', label: 'Fractura' },
    { id: 'herniated-disc', label: 'Hernia discal' },
    { id: 'severe-osteoporosis', label: 'Osteoporosis grave' },
    { id: 'pregnancy', label: 'Embarazo' },
  ],
  rules: [
    {
      id: 'avoid-intense',
      conditions: ['fracture', 'herniated-disc', 'severe-osteoporosis'],
      verdict: 'avoid-intense',
      reason: 'Si tienes una fractura, una hernia discal u osteoporosis grave, evita el masaje intenso.',
      advisesAgainst: ['deep-tissue'],
    },
    {
      id: 'pregnancy',
      conditions: ['pregnancy'],
      verdict: 'consult',
      reason:
        'Si estás embarazada, habla primero con tu profesional de la salud y busca un masajista con formación en masaje prenatal.',
    },
    {
      id: 'deep-tissue-soreness',
      techniques: ['deep-tissue'],
      verdict: 'ok',
      reason: 'El masaje de tejido profundo puede dejar molestias o sensibilidad temporales.',
    },
  ],
};

/** The four-step self-massage routine and its tools. */
export const selfMassage: SelfMassageSection = {
  title: 'Automasaje en casa',
  intro: '¿No puedes ir al masajista con regularidad? Prueba esta sencilla rutina en casa.',
  ui: {
    stepOf: 'Paso {current} de {total}',
    previous: 'Anterior',
    next: 'Siguiente',
    finish: 'Terminar',
    restart: 'Volver a empezar',
    start: 'Iniciar temporizador',
    pause: 'Pausar',
    resume: 'Reanudar',
    timeLeft: 'Quedan {time}',
    timeUp: 'Se acabó el tiempo',
    suggestedDuration: 'Alrededor de {time}',
    complete: 'Rutina completada',
    toolsHeading: 'Qué te puede ayudar',
  },
  steps: [
    {
      id: 'sit-comfortably',
      title: 'Acomódate',
      instruction: 'Siéntate en una silla cómoda, apoya bien la espalda y relájate.',
      illustration: 'Una persona relajándose en un sillón.',
    },
    {
      id: 'knead-along-spine',
      title: 'Amasa a lo largo de la columna',
      instruction:
        'Con las yemas de los dedos, amasa con suavidad los músculos a ambos lados de la columna, desde la parte baja hasta la parte alta de la espalda.',
      illustration: 'Yemas de los dedos amasando hacia arriba a lo largo de la columna.',
      durationSeconds: 60,
    },
    {
      id: 'circular-motions',
      title: 'Deshaz la tensión en círculos',
      instruction: 'Haz movimientos circulares suaves para liberar la tensión.',
      illustration: 'Yemas de los dedos trazando círculos sobre la espalda.',
      durationSeconds: 60,
    },
    {
      id: 'roller-or-ball',
      title: 'Rodillo o pelota',
      instruction:
        'Apoya la espalda en la pared con un rodillo de espuma o una pelota de tenis en medio para trabajar zonas concretas.',
      illustration: 'Una espalda presionando una pelota de tenis contra una pared.',
      durationSeconds: 60,
    },
  ],
  tools: [
    { id: 'chair', name: 'Una silla cómoda', use: 'Acomódate en ella y relájate antes de empezar.' },
    { id: 'foam-roller', name: 'Rodillo de espuma', use: 'Hazlo rodar entre tu espalda y la pared.' },
    {
      id: 'tennis-ball',
      name: 'Pelota de tenis',
      use: 'Presiónala contra la pared para llegar a puntos concretos.',
    },
  ],
};

/** How to choose a professional therapist. */
export const therapist: TherapistSection = {
  title: 'Cómo elegir a tu masajista',
  intro: 'Elige un masajista con buena formación y experiencia.',
  tips: [
    { id: 'recommendations', text: 'Pide recomendaciones.' },
    { id: 'reviews', text: 'Lee opiniones.' },
    { id: 'certifications', text: 'Pregunta por sus certificaciones.' },
  ],
  closing: 'Un masajista experto adapta el masaje a ti para que aproveches todos sus beneficios.',
};

/** The five questions from the article. */
export const faq: FaqSection = {
  title: 'Preguntas frecuentes',
  ui: {
    searchLabel: 'Buscar preguntas',
    count: {
      one: '{count} pregunta de {total}',
      many: '{count} de preguntas de {total}',
      other: '{count} preguntas de {total}',
    },
    empty: 'No hay preguntas que coincidan con «{query}».',
    clear: 'Borrar búsqueda',
  },
  items: [
    {
      id: 'pregnancy',
      question: '¿Es seguro el masaje de espalda durante el embarazo?',
      answer:
        'Puede ser seguro y beneficioso, pero consulta primero con tu profesional de la salud y busca un masajista con formación en masaje prenatal.',
    },
    {
      id: 'how-often',
      question: '¿Cada cuánto debería hacerme un masaje de espalda?',
      answer:
        'Depende de lo que necesites: algunas personas se benefician de sesiones semanales y a otras les basta con una al mes.',
    },
    {
      id: 'persistent-pain',
      question: '¿Puede el masaje de espalda aliviar el dolor de espalda persistente?',
      answer:
        'Sí. Al reducir la tensión muscular y mejorar la circulación, puede aliviar el dolor de espalda crónico.',
    },
    {
      id: 'side-effects',
      question: '¿Tiene efectos secundarios el masaje de espalda?',
      answer:
        'Pocos. Algunas personas notan molestias o sensibilidad temporales tras un masaje de tejido profundo.',
    },
    {
      id: 'athletes',
      question: '¿Es bueno el masaje de espalda para deportistas?',
      answer:
        'Sí. Puede ayudar a deportistas y aficionados al fitness a reducir el dolor muscular, favorecer la recuperación y mejorar la flexibilidad.',
    },
  ],
};
