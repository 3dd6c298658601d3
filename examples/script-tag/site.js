// The demo site's own script: a language switch and a theme switch for every Knead widget on the page.
// It is an external classic script (the page may be served with `default-src 'self'`), loaded in <head>
// before knead.js so that `?lang=es` sets <html lang> before any widget is parsed.

// The page's own words (the widgets bring theirs). English is read from the markup.
const translations = {
  es: {
    title: 'Stillwater Day Spa · Masaje de espalda',
    sections: 'Secciones',
    navBenefits: 'Beneficios',
    navTechniques: 'Técnicas',
    navPrecautions: 'Precauciones',
    navHome: 'En casa',
    navFaq: 'Preguntas',
    language: 'Idioma',
    darkMode: 'Modo oscuro',
    eyebrow: 'Masaje de espalda',
    headline: 'Deja que tu espalda se relaje por fin.',
    lead: 'Manos expertas, piedras calientes y salas tranquilas. Descubre lo que el masaje de espalda hace por ti, encuentra la técnica que mejor te va y reserva cuando quieras.',
    cta: 'Encuentra tu masaje',
    benefitsTitle: '¿Por qué un masaje de espalda?',
    techniquesTitle: 'Encuentra tu técnica',
    precautionsTitle: 'Antes de reservar',
    homeTitle: 'Entre visitas: un automasaje',
    faqTitle: 'Preguntas y respuestas',
    widgetsBy: 'Widgets de Knead',
    moreWays: 'Más formas de usar Knead:',
    reactExample: 'Ejemplo con React',
    react18Example: 'Ejemplo con React 18',
    vueExample: 'Ejemplo con Vue',
  },
  de: {
    title: 'Stillwater Day Spa · Rückenmassage',
    sections: 'Abschnitte',
    navBenefits: 'Vorteile',
    navTechniques: 'Techniken',
    navPrecautions: 'Hinweise',
    navHome: 'Zu Hause',
    navFaq: 'Fragen',
    language: 'Sprache',
    darkMode: 'Dunkelmodus',
    eyebrow: 'Rückenmassage',
    headline: 'Gönnen Sie Ihrem Rücken endlich Ruhe.',
    lead: 'Geübte Hände, warme Steine und ruhige Räume. Erfahren Sie, was eine Rückenmassage für Sie tut, finden Sie die passende Technik und buchen Sie, wann immer Sie möchten.',
    cta: 'Ihre Massage finden',
    benefitsTitle: 'Warum eine Rückenmassage?',
    techniquesTitle: 'Finden Sie Ihre Technik',
    precautionsTitle: 'Vor der Buchung',
    homeTitle: 'Zwischen den Besuchen: eine Selbstmassage',
    faqTitle: 'Fragen und Antworten',
    widgetsBy: 'Widgets von Knead',
    moreWays: 'Knead auf weiteren Wegen:',
    reactExample: 'React-Beispiel',
    react18Example: 'React-18-Beispiel',
    vueExample: 'Vue-Beispiel',
  },
  fr: {
    title: 'Stillwater Day Spa · Massage du dos',
    sections: 'Rubriques',
    navBenefits: 'Bienfaits',
    navTechniques: 'Techniques',
    navPrecautions: 'Précautions',
    navHome: 'À la maison',
    navFaq: 'Questions',
    language: 'Langue',
    darkMode: 'Mode sombre',
    eyebrow: 'Massage du dos',
    headline: 'Laissez enfin votre dos se relâcher.',
    lead: 'Des mains expertes, des pierres chaudes et des salles paisibles. Découvrez ce que le massage du dos vous apporte, trouvez la technique qui vous convient et réservez quand vous le souhaitez.',
    cta: 'Trouvez votre massage',
    benefitsTitle: 'Pourquoi un massage du dos\u202f?',
    techniquesTitle: 'Trouvez votre technique',
    precautionsTitle: 'Avant de réserver',
    homeTitle: 'Entre deux visites\u00a0: un automassage',
    faqTitle: 'Vos questions, nos réponses',
    widgetsBy: 'Widgets par Knead',
    moreWays: 'D’autres façons d’utiliser Knead\u00a0:',
    reactExample: 'Exemple React',
    react18Example: 'Exemple React 18',
    vueExample: 'Exemple Vue',
  },
  ar: {
    title: 'Stillwater Day Spa · تدليك الظهر',
    sections: 'الأقسام',
    navBenefits: 'الفوائد',
    navTechniques: 'التقنيات',
    navPrecautions: 'الاحتياطات',
    navHome: 'في المنزل',
    navFaq: 'الأسئلة',
    language: 'اللغة',
    darkMode: 'الوضع الداكن',
    eyebrow: 'تدليك الظهر',
    headline: 'حان الوقت ليسترخي ظهرك.',
    lead: 'أيدٍ خبيرة وأحجار دافئة وغرف هادئة. في هذه الصفحة: ما يقدمه لك تدليك الظهر، والتقنية التي تناسبك، والحجز في الوقت الذي يناسبك.',
    cta: 'اختيار التدليك المناسب',
    benefitsTitle: 'لماذا تدليك الظهر؟',
    techniquesTitle: 'التقنية الأنسب لك',
    precautionsTitle: 'قبل الحجز',
    homeTitle: 'بين الزيارات: تدليك ذاتي',
    faqTitle: 'أسئلة وأجوبة',
    widgetsBy: 'الأدوات التفاعلية من Knead',
    moreWays: 'طرق أخرى لاستخدام Knead:',
    reactExample: 'مثال React',
    react18Example: 'مثال React 18',
    vueExample: 'مثال Vue',
  },
};
const rtl = new Set(['ar']);
const supported = ['en', ...Object.keys(translations)];

/** A supported language for a tag such as `es` or `es-MX`, else undefined. */
function pick(tag) {
  const language = (tag ?? '').toLowerCase().split('-')[0];
  return supported.includes(language) ? language : undefined;
}

/** Sets the page's language and direction; every Knead widget follows <html lang> on its own. */
function applyLanguage(language) {
  const html = document.documentElement;
  html.lang = language;
  html.dir = rtl.has(language) ? 'rtl' : 'ltr';
}

// Before the body is parsed: `?lang=es` opens the demo in Spanish (an unknown value is ignored).
const requested = pick(new URLSearchParams(location.search).get('lang'));
if (requested) applyLanguage(requested);

function setUp() {
  const english = { title: document.title };
  for (const el of document.querySelectorAll('[data-i18n]')) english[el.dataset.i18n] = el.textContent.trim();
  for (const el of document.querySelectorAll('[data-i18n-label]'))
    english[el.dataset.i18nLabel] = el.getAttribute('aria-label');

  /** Puts the page's own text in `language` (text only, never HTML). */
  function translatePage(language) {
    const words = translations[language] ?? english;
    const say = (key) => words[key] ?? english[key];
    document.title = say('title');
    for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = say(el.dataset.i18n);
    for (const el of document.querySelectorAll('[data-i18n-label]'))
      el.setAttribute('aria-label', say(el.dataset.i18nLabel));
  }

  const select = document.querySelector('.language-switch');
  const current = pick(document.documentElement.lang) ?? 'en';
  select.value = current;
  if (current !== 'en') translatePage(current);
  select.addEventListener('change', () => {
    const language = select.value;
    applyLanguage(language);
    translatePage(language);
    // Keep the choice in the address, so a reload or a shared link opens the same language.
    const url = new URL(location.href);
    if (language === 'en') url.searchParams.delete('lang');
    else url.searchParams.set('lang', language);
    history.replaceState(history.state, '', url);
  });

  const button = document.querySelector('.theme-switch');
  button.addEventListener('click', () => {
    const dark = button.getAttribute('aria-pressed') !== 'true';
    button.setAttribute('aria-pressed', String(dark));
    document.documentElement.classList.toggle('dark', dark);
    for (const widget of document.querySelectorAll(
      'knead-benefits, knead-technique-picker, knead-precautions, knead-self-massage, knead-faq',
    )) {
      widget.setAttribute('theme', dark ? 'dark' : 'light');
    }
  });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setUp, { once: true });
else setUp();

document.addEventListener('knead-book', (event) => {
  // A spa could open its own booking dialog here; the demo lets the link work.
  console.info('Booking', event.detail);
});
