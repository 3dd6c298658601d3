import { formatTemplate, type SelfMassageSection } from '@knead/content';
import { batch, computed, type ReadonlySignal, signal } from '@preact/signals-core';

/** The detail of `knead-step-change`: the new step's 0-based index and id. */
export interface StepChangeDetail {
  index: number;
  stepId: string;
}

/** The detail of `knead-complete`: how many steps the routine had. */
export interface CompleteDetail {
  steps: number;
}

/** Time as the timer sees it; injected so that tests can use a fake clock. */
export interface Clock {
  now(): number;
  setInterval(tick: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
}

/** What the self-massage model reads. */
export interface SelfMassageModelInput {
  section: ReadonlySignal<SelfMassageSection>;
  locale: ReadonlySignal<string>;
  /** Seconds of the per-step timer; 0 for no timer. */
  stepSeconds: ReadonlySignal<number>;
  clock: Clock;
  /** The completion view's label; temporary, until the content has `selfMassage.ui.complete`. */
  completeLabel: string;
  emit(type: 'knead-step-change' | 'knead-complete', detail: StepChangeDetail | CompleteDetail): void;
}

/** Timer states: not started (or reset by a step change), running, paused, or time up. */
export type TimerState = 'idle' | 'running' | 'paused' | 'up';

const mmss = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;

/** The state and actions of the guided routine: a bounded stepper, a completion state and a per-step timer. */
export function createSelfMassageModel({ section, locale, stepSeconds, clock, completeLabel, emit }: SelfMassageModelInput) {
  const at = signal(0);
  const done = signal(false);
  const timer = signal<TimerState>('idle');
  const leftMs = signal(0);
  const announcement = signal('');
  let handle: unknown;
  let endsAt = 0;

  const steps = computed(() => section.value.steps);
  // Clamped, so a content change that removes steps cannot leave the index out of range.
  const index = computed(() => Math.min(at.value, steps.value.length - 1));
  const step = computed(() => steps.value[index.value]!);
  const stepOf = computed(() =>
    formatTemplate(section.value.ui.stepOf, { current: index.value + 1, total: steps.value.length }),
  );
  // "About 1 minute": whole minutes in minutes, anything else in seconds.
  const duration = computed(() => {
    const s = step.value.durationSeconds;
    if (!s) return '';
    const [n, unit] = s % 60 ? [s, 'second'] : [s / 60, 'minute'];
    const time = new Intl.NumberFormat(locale.value, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
    return formatTemplate(section.value.ui.suggestedDuration, { time });
  });
  const timeLeft = computed(() =>
    timer.value === 'up'
      ? section.value.ui.timeUp
      : formatTemplate(section.value.ui.timeLeft, {
          time: mmss(Math.ceil((timer.value === 'idle' ? stepSeconds.value * 1000 : leftMs.value) / 1000)),
        }),
  );

  function stop(state: TimerState) {
    clock.clearInterval(handle);
    timer.value = state;
  }
  function tick() {
    leftMs.value = Math.max(0, endsAt - clock.now());
    if (leftMs.value) return;
    stop('up');
    announcement.value = section.value.ui.timeUp;
  }
  /** Starts the timer, or resumes it after a pause. */
  function start() {
    if (!stepSeconds.value || timer.value === 'running') return;
    endsAt = clock.now() + (timer.value === 'paused' ? leftMs.value : stepSeconds.value * 1000);
    announcement.value = '';
    timer.value = 'running';
    tick();
    handle = clock.setInterval(tick, 250);
  }
  /** Pauses a running timer. */
  function pause() {
    if (timer.value !== 'running') return;
    tick();
    stop('paused');
  }

  /** Shows step `i` without events (the `step` attribute); false when there is no such step. */
  function show(i: number) {
    if (i >= section.value.steps.length) return false;
    batch(() => {
      at.value = i;
      done.value = false;
      stop('idle');
      announcement.value = '';
    });
    return true;
  }
  /** The visitor moves to step `i`. */
  function go(i: number) {
    show(i);
    emit('knead-step-change', { index: i, stepId: steps.value[i]!.id });
  }

  return {
    steps,
    index,
    step,
    stepOf,
    /** The step's suggested duration in words ("About 1 minute"), or '' when it has none. */
    duration,
    /** Whether the visitor finished the routine (the completion view). */
    done: done as ReadonlySignal<boolean>,
    /** The step list: each step's `aria-current` and whether it is behind the visitor. */
    list: computed(() =>
      steps.value.map((s, i) => ({
        id: s.id,
        title: s.title,
        current: i === index.value && !done.value ? ('step' as const) : undefined,
        past: done.value || i < index.value,
      })),
    ),
    /** How many steps are reached, for the progress bar (all of them once done). */
    reached: computed(() => (done.value ? steps.value.length : index.value + 1)),
    last: computed(() => index.value === steps.value.length - 1),
    /** Whether the visitor has left the first step (so Back and Start again have something to do). */
    started: computed(() => done.value || index.value > 0),
    timer: timer as ReadonlySignal<TimerState>,
    timeLeft,
    /** What the polite status region says: the time-up message, else nothing. */
    announcement: announcement as ReadonlySignal<string>,
    completeLabel,
    show,
    start,
    pause,
    /** Starts, pauses or resumes the timer (its one button). */
    toggleTimer: () => (timer.value === 'running' ? pause() : start()),
    next: () => {
      if (done.value) return;
      if (index.value < steps.value.length - 1) return go(index.value + 1);
      batch(() => {
        stop('idle');
        done.value = true;
      });
      emit('knead-complete', { steps: steps.value.length });
    },
    /** Back one step; from the completion view, back to the last step. */
    previous: () => {
      if (done.value || index.value > 0) go(index.value - +!done.value);
    },
    restart: () => go(0),
    /** Stops the timer's interval (when the element leaves the page). */
    dispose: pause,
  };
}

/** The self-massage model's public shape. */
export type SelfMassageModel = ReturnType<typeof createSelfMassageModel>;
