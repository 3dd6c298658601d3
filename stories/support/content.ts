// Content overrides for the stress stories: long text, hostile text and invalid content. They go
// through the `content` property, the same way a page's script would set them. Also the locales the
// stories show, and the built-in content a widget should show in each.
import {
  type Content,
  getContent,
  type LocaleModule,
  localeLoaders,
  locales,
  resolveLocale,
} from '@knead/content';

/** A locale with no content, to show the fallback to English and its `knead-error` (`xx` is no language). */
export const FALLBACK_DEMO_LOCALE = 'xx';

/** Every built-in locale, then the fallback demo. */
export const storyLocales = [...locales, FALLBACK_DEMO_LOCALE];

/** A locale's name in its own language, as a language menu shows it: `es` → `Español`. */
export function localeName(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

/**
 * The built-in content (and direction) a widget shows for `locale`: its best built-in match, loaded
 * the way a widget loads it, without registering it (so no other story finds it preloaded).
 */
export async function builtInContent(locale: string): Promise<{ locale: string } & LocaleModule> {
  const shown = resolveLocale(locale).locale;
  const load = localeLoaders[shown];
  const content: LocaleModule = load ? await load() : (getContent(shown) satisfies Content);
  return { ...content, locale: shown };
}

/** Set on `document.body.dataset` by the hostile strings if any of them ever ran as markup. */
export const PWNED = 'kneadPwned';

/**
 * Text that would do harm if a widget parsed it as HTML or as a template: tags with handlers,
 * template placeholders, a right-to-left override, entities, emoji and a word too long for a phone.
 */
export const hostile = (label: string) =>
  `${label} <img src=x onerror="document.body.dataset.${PWNED}='${label}'"><script>document.body.dataset.${PWNED}=1</script><b>bold?</b> {count} {{total}} \u202Eevil\u202C &amp; "quoted" ${'Rückenmassageentspannungsanleitung'.repeat(2)} 🧘🏽‍♀️`;

/** The literal start of every hostile string, to find it rendered as text. */
export const HOSTILE_MARKUP = '<img src=x onerror=';

const words =
  'Warm hands, slow strokes and steady breathing help the long muscles beside the spine let go of the day';
/** A long sentence, `n` times over. */
export const long = (n: number) => Array.from({ length: n }, () => `${words}.`).join(' ');

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** Long and plentiful content for each section a widget uses. */
export const longContent = {
  benefits: {
    benefits: {
      title: `Why a back massage? ${long(1)}`,
      items: [
        ...['stress-relief', 'pain-reduction'].map((id) => ({
          id,
          title: long(1),
          summary: long(2),
          details: long(5),
        })),
        ...range(4).map((i) => ({
          id: `extra-${i}`,
          title: `Extra benefit ${i}: ${long(1)}`,
          summary: long(2),
          details: long(6),
        })),
      ],
    },
    intro: { lead: long(4) },
  },
  picker: {
    techniques: {
      goals: range(6).map((i) => ({
        id: `long-goal-${i}`,
        label: `A long goal label number ${i} for the picker`,
      })),
      items: [
        { id: 'swedish', name: `Swedish ${long(1)}`, description: long(4), bestFor: long(2), note: long(2) },
        ...range(4).map((i) => ({
          id: `signature-${i}`,
          name: `Stillwater signature treatment ${i} with warm oils and stones`,
          description: long(3),
          pressure: 'medium',
          bestFor: long(1),
          goals: [`long-goal-${i}`, 'relaxation'],
        })),
      ],
    },
  },
  precautions: {
    precautions: {
      intro: long(2),
      conditions: range(6).map((i) => ({ id: `condition-${i}`, label: `Condition ${i}: ${long(1)}` })),
      rules: [
        { id: 'long-rule', conditions: ['condition-1', 'condition-2'], verdict: 'consult', reason: long(4) },
      ],
      disclaimer: long(3),
    },
  },
  selfMassage: {
    selfMassage: {
      intro: long(2),
      steps: [
        { id: 'sit-comfortably', title: long(1), instruction: long(6) },
        ...range(3).map((i) => ({
          id: `extra-step-${i}`,
          title: `Extra step ${i}: ${long(1)}`,
          instruction: long(5),
          illustration: 'No drawing for this step',
          durationSeconds: 90,
        })),
      ],
    },
    therapist: { intro: long(3), closing: long(2) },
  },
  faq: {
    faq: {
      items: range(24).map((i) => ({
        id: `long-${i}`,
        question: `Question ${i}: ${long(1)}?`,
        answer: long(1 + (i % 5)),
      })),
    },
  },
};

/** Overrides that put `text(field)` in the fields each widget shows first. */
const inVisibleFields = (text: (field: string) => string) => ({
  benefits: {
    benefits: {
      title: text('title'),
      items: [
        { id: 'stress-relief', title: text('benefit'), summary: text('summary'), details: text('details') },
      ],
    },
  },
  picker: {
    techniques: {
      goals: [{ id: 'relaxation', label: text('goal') }],
      items: [{ id: 'swedish', name: text('technique'), description: text('description') }],
    },
  },
  precautions: {
    precautions: {
      conditions: [{ id: 'pregnancy', label: text('condition') }],
      verdicts: { ok: { title: text('verdict'), advice: text('advice') } },
    },
  },
  selfMassage: {
    selfMassage: {
      steps: [
        {
          id: 'sit-comfortably',
          title: text('step'),
          instruction: text('instruction'),
          illustration: text('alt'),
        },
      ],
    },
  },
  faq: {
    faq: { items: [{ id: 'pregnancy', question: text('question'), answer: text('answer') }] },
  },
});

/** Hostile text in the fields each widget shows first. */
export const hostileContent = inVisibleFields(hostile);

/** Words no line break fits on a phone: a booking link and a German compound, as real content has. */
export const longWordContent = inVisibleFields(
  (field) =>
    `${field}: book at https://stillwater-day-spa.example.com/treatments/back-massage/booking?ref=${field} or ask for a Rückenmassageentspannungsanleitung`,
);

/**
 * A typical mistake per widget, and where the `knead-error` points: the widget skips the override
 * and keeps the built-in content.
 */
export const invalidContent = {
  benefits: {
    content: { benefits: { items: [{ id: 'sauna', title: 'Sauna afterwards' }] } },
    path: 'benefits.items[5].summary',
  },
  picker: {
    content: { techniques: { items: [{ id: 'deep-tissue', pressure: 'extreme' }] } },
    path: 'techniques.items[1].pressure',
  },
  precautions: {
    content: {
      precautions: {
        rules: [{ id: 'sciatica', conditions: ['sciatica'], verdict: 'consult', reason: 'Ask first.' }],
      },
    },
    path: 'precautions.rules[3].conditions[0]',
  },
  selfMassage: {
    content: { selfMassage: { steps: [{ id: 'stretch', title: 'Stretch' }] } },
    path: 'selfMassage.steps[4].instruction',
  },
  faq: {
    content: { faq: { items: [{ id: 'booking', question: 'How do I book?' }] } },
    path: 'faq.items[5].answer',
  },
};
