import { assessPrecautions, type Content, type Verdict } from '@knead/content';
import { batch, computed, type ReadonlySignal, signal } from '@preact/signals-core';
import type { Readable } from '../internal/readable';

/** The detail of `knead-verdict`. */
export interface VerdictDetail {
  verdict: Verdict;
  /** The ticked condition ids, in content order. */
  conditions: string[];
  /** The technique being considered; undefined for any or not sure. */
  techniqueId: string | undefined;
}

/** The element's `value` (what Vue's `v-model` binds): the ticked conditions and the technique. */
export interface PrecautionsValue {
  conditions: string[];
  techniqueId?: string | undefined;
}

/** What the precautions model reads. */
export interface PrecautionsModelInput {
  content: Readable<Pick<Content, 'precautions' | 'techniques'>>;
  /** Conditions ticked at start (the `conditions` attribute), until the visitor answers. Unknown ids are ignored. */
  initialConditions: Readable<string[]>;
  /** The technique chosen outside the widget (the `technique` attribute), until the visitor picks one; '' for any. */
  techniqueId?: Readable<string | undefined>;
  emit(type: 'knead-verdict', detail: VerdictDetail): void;
}

/**
 * The state and actions of the precautions checker. It stores and sends nothing: health answers live in
 * these signals only, and leave the widget only through `emit`.
 */
export function createPrecautionsModel({
  content,
  initialConditions,
  techniqueId: external = signal(undefined),
  emit,
}: PrecautionsModelInput) {
  const chosen = signal<string[] | undefined>(undefined);
  // '' is the visitor choosing "any"; undefined is no choice yet (the external input applies).
  const picked = signal<string | undefined>(undefined);
  const none = signal(false);
  const answered = signal(false);

  const conditions = computed(() => {
    const ids = chosen.value ?? initialConditions.value;
    return content.value.precautions.conditions.map((c) => c.id).filter((id) => ids.includes(id));
  });
  const techniqueId = computed(() => {
    const id = picked.value ?? external.value;
    return content.value.techniques.items.some((t) => t.id === id) ? id : undefined;
  });
  const assessment = computed(() =>
    assessPrecautions(content.value, { conditions: conditions.value, techniqueId: techniqueId.value }),
  );
  // Empty until the visitor answers, so the status region says nothing on first render. The reasons
  // are announced too: they carry the advice that applies (a prenatal-trained therapist, soreness).
  const announcement = computed(() => {
    const { title, advice, reasons } = assessment.value;
    return answered.value ? [`${title}.`, advice, ...reasons.map((r) => r.reason)].join(' ') : '';
  });

  /** Applies a change; if any answer changed, announces the verdict and emits `knead-verdict`. */
  function answer(change: () => void) {
    const key = () => `${conditions.value}|${none.value}|${techniqueId.value}`;
    const before = key();
    batch(change);
    if (key() === before) return;
    answered.value = true;
    emit('knead-verdict', {
      verdict: assessment.value.verdict,
      conditions: conditions.value,
      techniqueId: techniqueId.value,
    });
  }

  /** Ticks exactly these conditions; ticking any clears "None of these". */
  const setConditions = (ids: readonly string[]) =>
    answer(() => {
      chosen.value = [...ids];
      if (ids.length) none.value = false;
    });

  return {
    conditions,
    /** Whether "None of these" is ticked. */
    none: none as ReadonlySignal<boolean>,
    techniqueId,
    assessment,
    announcement,
    setConditions,
    /** The answers as the element's `value`. */
    value: computed<PrecautionsValue>(() => ({
      conditions: conditions.value,
      techniqueId: techniqueId.value,
    })),
    /** Sets the answers from the page's `value`, silently (no event, no announcement). */
    setValue: (value: Partial<PrecautionsValue>) =>
      batch(() => {
        const { conditions: ids = [], techniqueId = '' } = value;
        chosen.value = [...ids];
        if (ids.length) none.value = false;
        picked.value = techniqueId;
      }),
    /** Ticks or unticks one condition. */
    toggle: (id: string, on: boolean) =>
      setConditions(on ? [...conditions.value, id] : conditions.value.filter((other) => other !== id)),
    /** Ticks or unticks "None of these"; ticking it clears every condition. */
    setNone: (on: boolean) =>
      answer(() => {
        none.value = on;
        if (on) chosen.value = [];
      }),
    /** Sets the technique being considered; '' or undefined for any. */
    setTechnique: (id: string | undefined) =>
      answer(() => {
        picked.value = id ?? '';
      }),
  };
}

/** The precautions model's public shape. */
export type PrecautionsModel = ReturnType<typeof createPrecautionsModel>;
