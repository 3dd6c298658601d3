/** A stable kebab-case identifier, unique within its list (`stress-relief`, `deep-tissue`). */
export type Id = string;

/** How firm a technique's pressure is. */
export type Pressure = 'gentle' | 'medium' | 'firm';
/** A visitor's pressure preference: a level, or no preference. */
export type PressurePreference = Pressure | 'any';
/** The outcome of a precautions check, from least to most cautious. */
export type Verdict = 'ok' | 'consult' | 'avoid-intense';

/**
 * A count-dependent UI string, one form per plural category the locale has (`Intl.PluralRules`:
 * English `one other`, Arabic all six); `other` is required. `{count}` (and other `{names}`) are replaced.
 */
export type Plural = Partial<Record<'zero' | 'one' | 'two' | 'few' | 'many', string>> & { other: string };

/** What back massage is and the science behind it. */
export interface IntroSection {
  title: string;
  lead: string;
  topics: { id: Id; title: string; text: string }[];
}

/** One benefit of back massage. */
export interface Benefit {
  id: Id;
  title: string;
  summary: string;
  details: string;
}

/** The benefits section. */
export interface BenefitsSection {
  title: string;
  ui: { showMore: string; showLess: string };
  items: Benefit[];
}

/** Something a visitor may want from a massage. */
export interface Goal {
  id: Id;
  label: string;
}

/** One massage technique. */
export interface Technique {
  id: Id;
  name: string;
  description: string;
  pressure: Pressure;
  bestFor: string;
  /** What to know before booking (for example, temporary soreness). */
  note?: string;
  /** Goal ids this technique serves, strongest first. */
  goals: Id[];
}

/** The techniques section, with the goals the picker offers. */
export interface TechniquesSection {
  title: string;
  ui: {
    goalsLegend: string;
    pressureLegend: string;
    pressures: Record<PressurePreference, string>;
    matches: Plural;
    reasonGoals: string;
    reasonPressure: string;
    reasonNone: string;
    pressureLabel: string;
    bestForLabel: string;
    noteLabel: string;
    book: string;
    choose: string;
    advisedAgainst: string;
    /** Keep goal and pressure labels as written inside reasons (German nouns); default: lowercased. */
    keepLabelCase?: boolean;
    /** Between two reasons (default `; `). */
    reasonSeparator?: string;
  };
  goals: Goal[];
  items: Technique[];
}

/** A health condition the precautions checker asks about. */
export interface Condition {
  id: Id;
  label: string;
}

/** A precaution: when it applies, what it concludes and why. */
export interface PrecautionRule {
  id: Id;
  /** Applies when the visitor ticked any of these conditions (omit: regardless of conditions). */
  conditions?: Id[];
  /** Applies only when one of these techniques is being considered (omit: regardless of technique). */
  techniques?: Id[];
  verdict: Verdict;
  reason: string;
  /** Technique ids this rule advises against; the picker marks and ranks them last. */
  advisesAgainst?: Id[];
}

/** The precautions section. */
export interface PrecautionsSection {
  title: string;
  intro: string;
  disclaimer: string;
  ui: {
    conditionsLegend: string;
    none: string;
    techniqueLabel: string;
    anyTechnique: string;
    reasonsHeading: string;
  };
  verdicts: Record<Verdict, { title: string; advice: string }>;
  conditions: Condition[];
  rules: PrecautionRule[];
}

/** One step of the self-massage routine. */
export interface SelfMassageStep {
  id: Id;
  title: string;
  instruction: string;
  /** Text alternative for the step's illustration. */
  illustration: string;
  durationSeconds?: number;
}

/** The guided self-massage section. */
export interface SelfMassageSection {
  title: string;
  intro: string;
  ui: {
    stepOf: string;
    previous: string;
    next: string;
    finish: string;
    restart: string;
    start: string;
    pause: string;
    resume: string;
    timeLeft: string;
    timeUp: string;
    suggestedDuration: string;
    complete: string;
    toolsHeading: string;
  };
  steps: SelfMassageStep[];
  tools: { id: Id; name: string; use: string }[];
}

/** Choosing a professional therapist; also the self-massage completion view. */
export interface TherapistSection {
  title: string;
  intro: string;
  tips: { id: Id; text: string }[];
  closing: string;
}

/** One question and its answer. */
export interface FaqItem {
  id: Id;
  question: string;
  answer: string;
}

/** The FAQ section. */
export interface FaqSection {
  title: string;
  ui: {
    searchLabel: string;
    count: Plural;
    empty: string;
    clear: string;
  };
  items: FaqItem[];
}

/** All content for one locale. */
export interface Content {
  intro: IntroSection;
  benefits: BenefitsSection;
  techniques: TechniquesSection;
  precautions: PrecautionsSection;
  selfMassage: SelfMassageSection;
  therapist: TherapistSection;
  faq: FaqSection;
}

/** The name of one content section. */
export type SectionName = keyof Content;

/** Deep partial used by overrides: objects merge, id lists merge by id. */
export type DeepPartial<T> = T extends (infer U)[]
  ? (DeepPartial<U> & { remove?: boolean })[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/**
 * A change to content: fields merge, items in id lists merge by id (new ids are appended,
 * `{ id, remove: true }` removes one), and `order` lists ids first for an id list's path
 * (`{ "faq.items": ["side-effects"] }`); `locales` holds overrides for one locale each.
 */
export type ContentOverride = DeepPartial<Content> & {
  order?: Record<string, Id[]>;
  /** Overrides for one locale only, keyed by locale (`es`, `de`), applied after the rest of this override. */
  locales?: Record<string, ContentOverride>;
};

/** One validation problem: where and what. */
export interface ContentIssue {
  path: string;
  message: string;
}

/** The result of parsing: typed content, or every problem found. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ContentIssue[] };

/** What a locale module (`@knead/content/locales/es`) or a classic-script locale file holds. */
export type LocaleModule = Content & {
  /** The writing direction; omitted means left to right. */
  direction?: 'ltr' | 'rtl';
};
