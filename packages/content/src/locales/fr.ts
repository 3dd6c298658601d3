// Register: vous (vouvoiement), as French spas and health content use, kept throughout.
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
  title: 'Comprendre le massage du dos',
  lead: 'Votre dos accumule une grande partie des tensions du quotidien. Le massage vous aide à les relâcher.',
  topics: [
    {
      id: 'what-it-is',
      title: 'Le principe',
      text: 'Par des pressions, un pétrissage et des frictions sur les muscles et les tissus mous du dos, le massage relâche les tensions, soulage la douleur et aide votre corps à bien fonctionner.',
    },
    {
      id: 'circulation',
      title: 'Une meilleure circulation sanguine',
      text: 'La pression stimule la circulation sanguine : elle apporte oxygène et nutriments à vos muscles et élimine les déchets.',
    },
    {
      id: 'endorphins',
      title: 'La chimie naturelle du bien-être',
      text: 'Le massage libère des endorphines, des antidouleurs naturels qui améliorent aussi l’humeur : elles soulagent la douleur et vous aident à vous détendre.',
    },
  ],
};

/** The five benefits from the article. */
export const benefits: BenefitsSection = {
  title: 'Cinq bienfaits du massage du dos',
  ui: { showMore: 'Lire la suite', showLess: 'Réduire' },
  items: [
    {
      id: 'stress-relief',
      title: 'Moins de stress',
      summary: 'Apaise le corps et l’esprit.',
      details:
        'Un toucher apaisant peut calmer votre système nerveux et faire baisser le cortisol, l’hormone du stress, pour un esprit détendu et des idées claires.',
    },
    {
      id: 'pain-reduction',
      title: 'Moins de douleurs',
      summary: 'Soulage les douleurs chroniques et les maux du quotidien.',
      details:
        'Douleur chronique ou liée à une mauvaise posture : le massage détend les muscles contractés, dénoue les nœuds et réduit l’inflammation.',
    },
    {
      id: 'blood-circulation',
      title: 'Meilleure circulation',
      summary: 'Nourrit les muscles de votre dos.',
      details:
        'L’oxygène et les nutriments atteignent tout votre dos, ce qui aide les muscles à se réparer et à gagner en résistance.',
    },
    {
      id: 'muscle-tension',
      title: 'Muscles relâchés',
      summary: 'Fait fondre les nœuds.',
      details:
        'Le pétrissage et les étirements dénouent les nœuds et les adhérences, pour que les muscles se relâchent complètement.',
    },
    {
      id: 'flexibility',
      title: 'Plus de souplesse',
      summary: 'Vous aide à bouger librement.',
      details:
        'Des muscles tendus limitent votre amplitude de mouvement ; un massage régulier les garde détendus et souples.',
    },
  ],
};

/** The five techniques and the goals the picker offers. */
export const techniques: TechniquesSection = {
  title: 'Trouvez votre massage',
  ui: {
    goalsLegend: 'Que recherchez-vous ?',
    pressureLegend: 'Pression souhaitée',
    pressures: { gentle: 'Douce', medium: 'Moyenne', firm: 'Ferme', any: 'Sans préférence' },
    matches: {
      one: '{count} technique correspond',
      many: '{count} de techniques correspondent',
      other: '{count} techniques correspondent',
    },
    reasonGoals: 'Correspond à : {goals}',
    reasonPressure: 'pression {pressure}',
    reasonNone: 'Une autre option à découvrir',
    pressureLabel: 'Pression',
    bestForLabel: 'Idéal pour',
    noteLabel: 'Bon à savoir',
    book: 'Réserver ce massage',
    choose: 'Choisir',
    advisedAgainst: 'Déconseillé dans votre cas',
    reasonSeparator: ' ; ',
  },
  goals: [
    { id: 'relaxation', label: 'Détente' },
    { id: 'chronic-pain', label: 'Douleurs chroniques' },
    { id: 'muscle-tension', label: 'Tensions musculaires' },
    { id: 'energy-balance', label: 'Équilibre énergétique' },
    { id: 'soothing-heat', label: 'Chaleur apaisante' },
    { id: 'flexibility', label: 'Souplesse' },
    { id: 'well-being', label: 'Bien-être' },
  ],
  items: [
    {
      id: 'swedish',
      name: 'Massage suédois',
      description: 'Longs mouvements glissés et pétrissage. Doux et apaisant.',
      pressure: 'gentle',
      bestFor: 'Détente générale',
      goals: ['relaxation'],
    },
    {
      id: 'deep-tissue',
      name: 'Massage des tissus profonds',
      description: 'Agit sur les couches profondes des muscles et du tissu conjonctif.',
      pressure: 'firm',
      bestFor: 'Douleurs chroniques et tensions musculaires',
      note: 'Peut laisser des courbatures ou une sensibilité passagères.',
      goals: ['chronic-pain', 'muscle-tension', 'flexibility'],
    },
    {
      id: 'shiatsu',
      name: 'Shiatsu',
      description:
        'Technique japonaise de pression des doigts sur des points précis, pour équilibrer la circulation de l’énergie.',
      pressure: 'medium',
      bestFor: 'Équilibre énergétique',
      goals: ['energy-balance'],
    },
    {
      id: 'hot-stone',
      name: 'Massage aux pierres chaudes',
      description:
        'Des pierres chaudes posées sur le dos apportent de la chaleur, détendent les muscles et renforcent les effets du massage.',
      pressure: 'medium',
      bestFor: 'Chaleur apaisante et muscles détendus',
      goals: ['soothing-heat', 'muscle-tension', 'flexibility'],
    },
    {
      id: 'aromatherapy',
      name: 'Massage à l’aromathérapie',
      description: 'Les huiles essentielles renforcent la détente et le bien-être.',
      pressure: 'gentle',
      bestFor: 'Détente et bien-être',
      goals: ['relaxation', 'well-being'],
    },
  ],
};

/** Who should take care, and why. */
export const precautions: PrecautionsSection = {
  title: 'Le massage du dos est-il fait pour vous ?',
  intro:
    'Le massage du dos est généralement sans danger, mais certaines situations demandent des précautions.',
  disclaimer:
    'Ces informations sont générales et ne constituent pas un avis médical. En cas de doute, demandez conseil à votre professionnel de santé.',
  ui: {
    conditionsLegend: 'L’un de ces cas vous concerne-t-il ?',
    none: 'Aucun de ces cas',
    techniqueLabel: 'Technique envisagée',
    anyTechnique: 'Peu importe / je ne sais pas',
    reasonsHeading: 'À savoir',
  },
  verdicts: {
    ok: {
      title: 'Vous pouvez y aller',
      advice: 'Le massage du dos est généralement sans danger et bénéfique.',
    },
    consult: {
      title: 'Demandez d’abord conseil',
      advice: 'Parlez-en à votre professionnel de santé avant de réserver.',
    },
    'avoid-intense': {
      title: 'Évitez les massages intenses',
      advice: 'Renoncez aux techniques intenses comme le massage des tissus profonds.',
    },
  },
  conditions: [
    { id: 'fracture', label: 'Une fracture' },
    { id: 'herniated-disc', label: 'Une hernie discale' },
    { id: 'severe-osteoporosis', label: 'Une ostéoporose sévère' },
    { id: 'pregnancy', label: 'Une grossesse' },
  ],
  rules: [
    {
      id: 'avoid-intense',
      conditions: ['fracture', 'herniated-disc', 'severe-osteoporosis'],
      verdict: 'avoid-intense',
      reason: 'En cas de fracture, de hernie discale ou d’ostéoporose sévère, évitez les massages intenses.',
      advisesAgainst: ['deep-tissue'],
    },
    {
      id: 'pregnancy',
      conditions: ['pregnancy'],
      verdict: 'consult',
      reason:
        'Si vous êtes enceinte, parlez-en d’abord à votre professionnel de santé et trouvez un praticien formé au massage prénatal.',
    },
    {
      id: 'deep-tissue-soreness',
      techniques: ['deep-tissue'],
      verdict: 'ok',
      reason: 'Le massage des tissus profonds peut laisser des courbatures ou une sensibilité passagères.',
    },
  ],
};

/** The four-step self-massage routine and its tools. */
export const selfMassage: SelfMassageSection = {
  title: 'L’automassage à la maison',
  intro: 'Vous ne pouvez pas voir un praticien régulièrement ? Essayez cette routine simple, chez vous.',
  ui: {
    stepOf: 'Étape {current} sur {total}',
    previous: 'Précédent',
    next: 'Suivant',
    finish: 'Terminer',
    restart: 'Recommencer',
    start: 'Lancer le minuteur',
    pause: 'Pause',
    resume: 'Reprendre',
    timeLeft: 'Il reste {time}',
    timeUp: 'Temps écoulé',
    suggestedDuration: 'Environ {time}',
    complete: 'Routine terminée',
    toolsHeading: 'Pour vous aider',
  },
  steps: [
    {
      id: 'sit-comfortably',
      title: 'Installez-vous',
      instruction: 'Calez-vous dans un siège confortable et détendez-vous.',
      illustration: 'Une personne détendue dans un fauteuil.',
    },
    {
      id: 'knead-along-spine',
      title: 'Pétrissez le long de la colonne',
      instruction:
        'Du bout des doigts, pétrissez doucement les muscles de chaque côté de la colonne vertébrale, du bas vers le haut du dos.',
      illustration: 'Le bout des doigts pétrit le long de la colonne, de bas en haut.',
      durationSeconds: 60,
    },
    {
      id: 'circular-motions',
      title: 'Mouvements circulaires',
      instruction: 'Faites des mouvements circulaires doux pour relâcher les tensions.',
      illustration: 'Le bout des doigts décrit des cercles sur le dos.',
      durationSeconds: 60,
    },
    {
      id: 'roller-or-ball',
      title: 'Rouleau ou balle',
      instruction:
        'Placez un rouleau de massage ou une balle de tennis entre votre dos et un mur, puis appuyez-vous dessus pour cibler des zones précises.',
      illustration: 'Un dos presse une balle de tennis contre un mur.',
      durationSeconds: 60,
    },
  ],
  tools: [
    {
      id: 'chair',
      name: 'Un siège confortable',
      use: 'Calez-vous au fond du siège et détendez-vous avant de commencer.',
    },
    { id: 'foam-roller', name: 'Rouleau de massage', use: 'Faites-le rouler entre votre dos et un mur.' },
    {
      id: 'tennis-ball',
      name: 'Balle de tennis',
      use: 'Pressez-la contre un mur avec votre dos pour atteindre des points précis.',
    },
  ],
};

/** How to choose a professional therapist. */
export const therapist: TherapistSection = {
  title: 'Choisir un praticien en massage',
  intro: 'Choisissez un praticien qualifié et expérimenté.',
  tips: [
    { id: 'recommendations', text: 'Demandez des recommandations.' },
    { id: 'reviews', text: 'Lisez les avis.' },
    { id: 'certifications', text: 'Renseignez-vous sur ses certifications.' },
  ],
  closing:
    'Un praticien compétent adapte le massage à vos besoins, pour que vous en tiriez tous les bienfaits.',
};

/** The five questions from the article. */
export const faq: FaqSection = {
  title: 'Questions fréquentes',
  ui: {
    searchLabel: 'Rechercher une question',
    count: {
      one: '{count} question sur {total}',
      many: '{count} de questions sur {total}',
      other: '{count} questions sur {total}',
    },
    empty: 'Aucune question ne correspond à « {query} ».',
    clear: 'Effacer la recherche',
  },
  items: [
    {
      id: 'pregnancy',
      question: 'Le massage du dos est-il sans danger pendant la grossesse ?',
      answer:
        'Il peut être sans danger et bénéfique, mais demandez d’abord conseil à votre professionnel de santé et trouvez un praticien formé au massage prénatal.',
    },
    {
      id: 'how-often',
      question: 'À quelle fréquence se faire masser le dos ?',
      answer:
        'Tout dépend de vos besoins : certaines personnes profitent de séances hebdomadaires, d’autres trouvent qu’une séance par mois suffit.',
    },
    {
      id: 'persistent-pain',
      question: 'Le massage du dos peut-il soulager des douleurs dorsales persistantes ?',
      answer:
        'Oui. En relâchant les tensions musculaires et en stimulant la circulation, il peut soulager les douleurs dorsales chroniques.',
    },
    {
      id: 'side-effects',
      question: 'Le massage du dos a-t-il des effets secondaires ?',
      answer:
        'Peu. Certaines personnes ressentent des courbatures ou une sensibilité passagères après un massage des tissus profonds.',
    },
    {
      id: 'athletes',
      question: 'Le massage du dos est-il bénéfique pour les sportifs ?',
      answer:
        'Oui. Il peut aider les sportifs et les adeptes du fitness à réduire leurs courbatures, à mieux récupérer et à gagner en souplesse.',
    },
  ],
};
