import { type Content, type PressurePreference, plural, recommendTechniques } from '@knead/content';
import { computed, type ReadonlySignal, signal } from '@preact/signals-core';
import type { Readable } from '../internal/readable';

/** The detail of `knead-technique-select`; `techniqueId` is null when the visitor un-chooses. */
export interface TechniqueSelectDetail {
  techniqueId: string | null;
  goals: string[];
  pressure: PressurePreference;
}

/** The element's `value` (what Vue's `v-model` binds): the goals and pressure chosen. */
export interface TechniquePickerValue {
  goals: string[];
  pressure: PressurePreference;
}

/** The detail of `knead-book` (cancelable: cancel it to handle the booking yourself). */
export interface TechniqueBookDetail {
  techniqueId: string;
  url: string;
}

/**
 * The booking link for a technique: `template` with `{technique}` replaced by the URL-encoded id, or
 * undefined unless the result is an http(s) or relative URL. It is parsed the way the browser parses an
 * href, so case, whitespace and control characters cannot sneak in `javascript:` or `data:`.
 */
export function bookingHref(template: string, techniqueId: string): string | undefined {
  const url = template.trim().replaceAll('{technique}', encodeURIComponent(techniqueId));
  try {
    return url && /^https?:$/.test(new URL(url, 'https://x.invalid/').protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** What the technique picker model reads. */
export interface TechniquePickerModelInput {
  content: Readable<Pick<Content, 'techniques' | 'precautions'>>;
  locale: Readable<string>;
  /** Goals chosen at start (the `goals` attribute), until the visitor changes them. */
  initialGoals: Readable<string[]>;
  /** Pressure chosen at start (the `pressure` attribute), until the visitor changes it. */
  initialPressure: Readable<PressurePreference>;
  /** The `booking-url` template; empty: no booking links. */
  bookingUrl: Readable<string>;
  /** Condition ids from the precautions checker (default: none); techniques advised against rank last. */
  conditions?: Readable<string[]>;
  emit(type: 'knead-technique-select' | 'knead-book', detail: unknown, cancelable?: boolean): boolean;
}

/** The state and actions of the technique picker. */
export function createTechniquePickerModel({
  content,
  locale,
  initialGoals,
  initialPressure,
  bookingUrl,
  conditions = signal([]),
  emit,
}: TechniquePickerModelInput) {
  const chosenGoals = signal<string[] | undefined>(undefined);
  const chosenPressure = signal<PressurePreference | undefined>(undefined);
  const selected = signal<string | null>(null);

  const section = computed(() => content.value.techniques);
  const ui = computed(() => section.value.ui);
  // In content order, known ids only: the ranking query throws on unknown ids.
  const goals = computed(() => {
    const wanted = chosenGoals.value ?? initialGoals.value;
    return section.value.goals.filter((goal) => wanted.includes(goal.id)).map((goal) => goal.id);
  });
  const unknownGoals = computed(() =>
    initialGoals.value.filter((id) => !section.value.goals.some((goal) => goal.id === id)).join(' '),
  );
  const pressure = computed(() => chosenPressure.value ?? initialPressure.value);
  const filtering = computed(() => goals.value.length > 0 || pressure.value !== 'any');

  const results = computed(() => {
    const known = content.value.precautions.conditions.map((condition) => condition.id);
    return recommendTechniques(content.value, {
      goals: goals.value,
      pressure: pressure.value,
      conditions: conditions.value.filter((id) => known.includes(id)),
      locale: locale.value,
    }).map(({ technique, reason, matchedGoals, pressureMatch, advisedAgainst }) => ({
      ...technique,
      /** Why it ranks where it does; empty until the visitor chooses something. */
      reason: filtering.value ? reason : '',
      /** Serves a chosen goal or the chosen pressure. */
      match: matchedGoals.length > 0 || pressureMatch,
      /** Why the precautions advise against it, or empty. */
      warning: advisedAgainst.join(' '),
      href: bookingHref(bookingUrl.value, technique.id),
      selected: selected.value === technique.id,
    }));
  });
  // With nothing chosen every technique is shown as a match: "5 techniques match".
  const status = computed(() => {
    const count = results.value.filter((result) => result.match || !filtering.value).length;
    return plural(ui.value.matches, count, locale.value);
  });

  /** Chooses a technique (null: none); tells the page when the choice changes. */
  function selectTechnique(id: string | null) {
    if (id === selected.value || (id !== null && !section.value.items.some((item) => item.id === id))) return;
    selected.value = id;
    emit('knead-technique-select', { techniqueId: id, goals: goals.value, pressure: pressure.value });
  }

  const setGoals = (ids: string[]) => {
    chosenGoals.value = ids;
  };
  const setPressure = (value: PressurePreference) => {
    if (Object.hasOwn(section.value.ui.pressures, value)) chosenPressure.value = value;
  };

  return {
    ui,
    goals,
    pressure,
    /** The choices as the element's `value`. */
    value: computed<TechniquePickerValue>(() => ({ goals: goals.value, pressure: pressure.value })),
    /** Sets the choices from the page's `value`: missing goals are none, a missing pressure is `any`. */
    setValue: (value: Partial<TechniquePickerValue>) => {
      setGoals(value.goals ?? []);
      setPressure(value.pressure ?? 'any');
    },
    unknownGoals,
    results,
    status,
    selected: selected as ReadonlySignal<string | null>,
    selectTechnique,
    /** Chooses a technique, or un-chooses it when it is the chosen one. */
    toggleTechnique: (id: string) => selectTechnique(selected.value === id ? null : id),
    setGoals,
    toggleGoal: (id: string, on: boolean) => {
      chosenGoals.value = on ? [...goals.value, id] : goals.value.filter((goal) => goal !== id);
    },
    setPressure,
    /**
     * The visitor follows a technique's Book link: chooses it, then fires the cancelable `knead-book`.
     * Returns false when a listener cancelled it (the view then stops the navigation).
     */
    book(id: string): boolean {
      const url = bookingHref(bookingUrl.value, id);
      if (!url) return false;
      selectTechnique(id);
      return emit('knead-book', { techniqueId: id, url }, true);
    },
  };
}

/** The technique picker model's public shape. */
export type TechniquePickerModel = ReturnType<typeof createTechniquePickerModel>;
