// Register: Modern Standard Arabic, direct address (أنت). Gender-neutral wherever Arabic allows
// (verbal nouns, impersonal phrasing, the -ك suffix without tashkeel); feminine for pregnancy.
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

/** Arabic is written right to left. */
export const direction = 'rtl';

/** What back massage is and the science behind it. */
export const intro: IntroSection = {
  title: 'مدخل إلى تدليك الظهر',
  lead: 'يحمل ظهرك الكثير من توتر يومك، والتدليك يساعدك على التخلص منه.',
  topics: [
    {
      id: 'what-it-is',
      title: 'ما هو تدليك الظهر؟',
      text: 'يقوم على الضغط على عضلات ظهرك وأنسجته الرخوة وعجنها وفركها، فيخفف التوتر ويسكّن الألم ويساعد جسمك على العمل بكفاءة.',
    },
    {
      id: 'circulation',
      title: 'تنشيط تدفق الدم',
      text: 'يزيد الضغط تدفق الدم، فيحمل الأكسجين والعناصر الغذائية إلى عضلاتك ويخلصها من الفضلات.',
    },
    {
      id: 'endorphins',
      title: 'كيمياء طبيعية تريحك',
      text: 'يحفز التدليك إفراز الإندورفينات، وهي مسكنات طبيعية للألم ومحسنات للمزاج، فتخفف الألم وتساعدك على الاسترخاء.',
    },
  ],
};

/** The five benefits from the article. */
export const benefits: BenefitsSection = {
  title: 'خمس فوائد لتدليك الظهر',
  ui: { showMore: 'عرض المزيد', showLess: 'عرض أقل' },
  items: [
    {
      id: 'stress-relief',
      title: 'تخفيف التوتر',
      summary: 'يهدئ الجسم والذهن.',
      details:
        'يمكن للمسات المريحة أن تهدئ جهازك العصبي وتخفض مستوى الكورتيزول، هرمون التوتر، فيغدو ذهنك هادئا صافيا.',
    },
    {
      id: 'pain-reduction',
      title: 'تقليل الألم',
      summary: 'يخفف الألم المزمن والأوجاع اليومية.',
      details:
        'سواء أكان الألم مزمنا أم ناتجا عن وضعية خاطئة للجسم، يرخي التدليك العضلات المشدودة ويفك العقد ويقلل الالتهاب.',
    },
    {
      id: 'blood-circulation',
      title: 'تحسين الدورة الدموية',
      summary: 'يغذي عضلات ظهرك.',
      details:
        'يصل الأكسجين والعناصر الغذائية إلى ظهرك كله، فيساعد العضلات على التعافي ويزيدها قدرة على التحمل.',
    },
    {
      id: 'muscle-tension',
      title: 'التخلص من الشد العضلي',
      summary: 'يفك العقد العضلية.',
      details: 'بالعجن والتمديد تنحل العقد والالتصاقات، فتسترخي العضلات استرخاء تاما.',
    },
    {
      id: 'flexibility',
      title: 'زيادة المرونة',
      summary: 'يساعدك على الحركة بحرية.',
      details: 'تحد العضلات المشدودة من نطاق حركتك؛ أما التدليك المنتظم فيحافظ على ارتخائها وليونتها.',
    },
  ],
};

/** The five techniques and the goals the picker offers. */
export const techniques: TechniquesSection = {
  title: 'التدليك الأنسب لك',
  ui: {
    goalsLegend: 'ما هدفك؟',
    pressureLegend: 'الضغط المفضل',
    pressures: { gentle: 'خفيف', medium: 'متوسط', firm: 'قوي', any: 'بلا تفضيل' },
    matches: {
      zero: 'لا توجد تقنية مناسبة',
      one: 'تقنية واحدة مناسبة',
      two: 'تقنيتان مناسبتان',
      few: '{count} تقنيات مناسبة',
      many: '{count} تقنية مناسبة',
      other: '{count} تقنية مناسبة',
    },
    reasonGoals: 'يناسب اختيارك: {goals}',
    reasonPressure: 'ضغط {pressure}',
    reasonNone: 'خيار آخر يستحق التجربة',
    pressureLabel: 'الضغط',
    bestForLabel: 'الأنسب لـ',
    noteLabel: 'للعلم',
    book: 'حجز هذا التدليك',
    choose: 'اختيار',
    advisedAgainst: 'لا يُنصح به في حالتك',
    reasonSeparator: '؛ ',
  },
  goals: [
    { id: 'relaxation', label: 'الاسترخاء' },
    { id: 'chronic-pain', label: 'الألم المزمن' },
    { id: 'muscle-tension', label: 'الشد العضلي' },
    { id: 'energy-balance', label: 'توازن الطاقة' },
    { id: 'soothing-heat', label: 'الدفء المريح' },
    { id: 'flexibility', label: 'المرونة' },
    { id: 'well-being', label: 'العافية' },
  ],
  items: [
    {
      id: 'swedish',
      name: 'التدليك السويدي',
      description: 'حركات طويلة انسيابية مع العجن. تدليك لطيف ومهدئ.',
      pressure: 'gentle',
      bestFor: 'الاسترخاء العام',
      goals: ['relaxation'],
    },
    {
      id: 'deep-tissue',
      name: 'تدليك الأنسجة العميقة',
      description: 'يستهدف الطبقات العميقة من العضلات والنسيج الضام.',
      pressure: 'firm',
      bestFor: 'الألم المزمن والشد العضلي',
      note: 'قد يسبب شعورا مؤقتا بالألم أو الحساسية عند اللمس.',
      goals: ['chronic-pain', 'muscle-tension', 'flexibility'],
    },
    {
      id: 'shiatsu',
      name: 'الشياتسو',
      description: 'تقنية يابانية تعتمد على الضغط بالأصابع على نقاط محددة لموازنة تدفق الطاقة في الجسم.',
      pressure: 'medium',
      bestFor: 'توازن الطاقة',
      goals: ['energy-balance'],
    },
    {
      id: 'hot-stone',
      name: 'التدليك بالأحجار الساخنة',
      description: 'توضع أحجار ساخنة على ظهرك فتمنحه الدفء وترخي العضلات وتعزز أثر التدليك.',
      pressure: 'medium',
      bestFor: 'الدفء المريح وإرخاء العضلات',
      goals: ['soothing-heat', 'muscle-tension', 'flexibility'],
    },
    {
      id: 'aromatherapy',
      name: 'التدليك بالزيوت العطرية',
      description: 'تعزز الزيوت العطرية الاسترخاء والشعور بالعافية.',
      pressure: 'gentle',
      bestFor: 'الاسترخاء والعافية',
      goals: ['relaxation', 'well-being'],
    },
  ],
};

/** Who should take care, and why. */
export const precautions: PrecautionsSection = {
  title: 'هل يناسبك تدليك الظهر؟',
  intro: 'تدليك الظهر آمن عموما، لكن بعض الحالات تستدعي الحذر.',
  disclaimer: 'معلومات عامة وليست نصيحة طبية. إذا ساورك أي شك، فيرجى استشارة مقدم الرعاية الصحية.',
  ui: {
    conditionsLegend: 'هل ينطبق عليك أي مما يلي؟',
    none: 'لا شيء مما سبق',
    techniqueLabel: 'التقنية التي تهمك',
    anyTechnique: 'أي تقنية / لا أعرف',
    reasonsHeading: 'ما يجب معرفته',
  },
  verdicts: {
    ok: { title: 'لا مانع', advice: 'تدليك الظهر آمن ومفيد عموما.' },
    consult: { title: 'الاستشارة أولا', advice: 'يرجى استشارة مقدم الرعاية الصحية قبل الحجز.' },
    'avoid-intense': {
      title: 'تجنب التدليك المكثف',
      advice: 'تجنب التقنيات المكثفة مثل تدليك الأنسجة العميقة.',
    },
  },
  conditions: [
    { id: 'fracture', label: 'كسر في العظام' },
    { id: 'herniated-disc', label: 'انزلاق غضروفي' },
    { id: 'severe-osteoporosis', label: 'هشاشة عظام شديدة' },
    { id: 'pregnancy', label: 'الحمل' },
  ],
  rules: [
    {
      id: 'avoid-intense',
      conditions: ['fracture', 'herniated-disc', 'severe-osteoporosis'],
      verdict: 'avoid-intense',
      reason: 'عند الإصابة بكسر في العظام أو انزلاق غضروفي أو هشاشة عظام شديدة، تجنب التدليك المكثف.',
      advisesAgainst: ['deep-tissue'],
    },
    {
      id: 'pregnancy',
      conditions: ['pregnancy'],
      verdict: 'consult',
      reason: 'إذا كنت حاملا، فاستشيري مقدم الرعاية الصحية أولا، واختاري أخصائيا مدربا على تدليك الحوامل.',
    },
    {
      id: 'deep-tissue-soreness',
      techniques: ['deep-tissue'],
      verdict: 'ok',
      reason: 'قد يترك تدليك الأنسجة العميقة شعورا مؤقتا بالألم أو الحساسية عند اللمس.',
    },
  ],
};

/** The four-step self-massage routine and its tools. */
export const selfMassage: SelfMassageSection = {
  title: 'التدليك الذاتي في المنزل',
  intro: 'لا يتسنى لك زيارة أخصائي التدليك بانتظام؟ إليك روتينا بسيطا يمكنك اتباعه في المنزل.',
  ui: {
    stepOf: 'الخطوة {current} من {total}',
    previous: 'السابق',
    next: 'التالي',
    finish: 'إنهاء',
    restart: 'البدء من جديد',
    start: 'تشغيل المؤقت',
    pause: 'إيقاف مؤقت',
    resume: 'استئناف',
    timeLeft: 'الوقت المتبقي: {time}',
    timeUp: 'انتهى الوقت',
    suggestedDuration: 'حوالي {time}',
    complete: 'اكتمل الروتين',
    toolsHeading: 'أدوات مساعدة',
  },
  steps: [
    {
      id: 'sit-comfortably',
      title: 'الجلوس براحة',
      instruction: 'الجلوس باسترخاء على كرسي مريح مع إسناد ظهرك.',
      illustration: 'شخص يسترخي على كرسي بذراعين.',
    },
    {
      id: 'knead-along-spine',
      title: 'العجن على امتداد العمود الفقري',
      instruction: 'عجن العضلات على جانبي العمود الفقري برفق بأطراف أصابعك، من أسفل الظهر صعودا إلى أعلاه.',
      illustration: 'أطراف أصابع تعجن العضلات صعودا على امتداد العمود الفقري.',
      durationSeconds: 60,
    },
    {
      id: 'circular-motions',
      title: 'تخفيف التوتر بحركات دائرية',
      instruction: 'تحريك أصابعك بحركات دائرية لطيفة لتحرير العضلات من التوتر.',
      illustration: 'أطراف أصابع ترسم دوائر على الظهر.',
      durationSeconds: 60,
    },
    {
      id: 'roller-or-ball',
      title: 'أسطوانة أو كرة',
      instruction: 'الاتكاء على أسطوانة فوم أو كرة تنس مسندة إلى الحائط لاستهداف مناطق محددة.',
      illustration: 'ظهر يضغط كرة تنس على الحائط.',
      durationSeconds: 60,
    },
  ],
  tools: [
    { id: 'chair', name: 'كرسي مريح', use: 'للجلوس فيه والاسترخاء قبل البدء.' },
    { id: 'foam-roller', name: 'أسطوانة فوم', use: 'لدحرجتها بين ظهرك والحائط.' },
    { id: 'tennis-ball', name: 'كرة تنس', use: 'لضغطها على الحائط والوصول إلى نقاط محددة.' },
  ],
};

/** How to choose a professional therapist. */
export const therapist: TherapistSection = {
  title: 'اختيار أخصائي التدليك',
  intro: 'يُنصح باختيار أخصائي مؤهل وذي خبرة.',
  tips: [
    { id: 'recommendations', text: 'البحث عن توصيات.' },
    { id: 'reviews', text: 'قراءة التقييمات.' },
    { id: 'certifications', text: 'السؤال عن شهاداته.' },
  ],
  closing: 'يكيّف الأخصائي الماهر التدليك بما يناسبك، فتعود عليك فوائده كاملة.',
};

/** The five questions from the article. */
export const faq: FaqSection = {
  title: 'الأسئلة الشائعة',
  ui: {
    searchLabel: 'البحث في الأسئلة',
    count: {
      zero: 'لا توجد أسئلة مطابقة من أصل {total}',
      one: 'سؤال واحد من أصل {total}',
      two: 'سؤالان من أصل {total}',
      few: '{count} أسئلة من أصل {total}',
      many: '{count} سؤالا من أصل {total}',
      other: '{count} سؤال من أصل {total}',
    },
    empty: 'لا توجد أسئلة تطابق «{query}».',
    clear: 'مسح البحث',
  },
  items: [
    {
      id: 'pregnancy',
      question: 'هل تدليك الظهر آمن أثناء الحمل؟',
      answer:
        'يمكن أن يكون آمنا ومفيدا، لكن استشيري مقدم الرعاية الصحية أولا، واختاري أخصائيا مدربا على تدليك الحوامل.',
    },
    {
      id: 'how-often',
      question: 'كم مرة ينبغي أن أحصل على تدليك للظهر؟',
      answer: 'يعتمد ذلك على احتياجاتك: فبعض الناس يستفيدون من جلسات أسبوعية، وآخرون تكفيهم جلسة شهرية.',
    },
    {
      id: 'persistent-pain',
      question: 'هل يمكن لتدليك الظهر أن يخفف ألم الظهر المستمر؟',
      answer: 'نعم، إذ يمكنه تخفيف ألم الظهر المزمن من خلال الحد من الشد العضلي وتنشيط الدورة الدموية.',
    },
    {
      id: 'side-effects',
      question: 'هل لتدليك الظهر آثار جانبية؟',
      answer:
        'آثاره الجانبية قليلة؛ فقد يشعر بعض الأشخاص مؤقتا بالألم أو الحساسية عند اللمس بعد تدليك الأنسجة العميقة.',
    },
    {
      id: 'athletes',
      question: 'هل تدليك الظهر مفيد للرياضيين؟',
      answer:
        'نعم، إذ يمكن أن يساعد الرياضيين ومحبي اللياقة البدنية على تخفيف ألم العضلات ودعم التعافي وتحسين المرونة.',
    },
  ],
};
