import { formatNumber, formatTemplate, type SelfMassageSection } from '@knead/content';
import { batch, computed, type ReadonlySignal, signal } from '@preact/signals-core';
import type { Readable } from '../internal/readable';

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

/** Timer states: not started (or reset by a step change), running, paused, or time up. */
export type TimerState = 'idle' | 'running' | 'paused' | 'up';

/** What the self-massage model reads. */
export interface SelfMassageModelInput {
  section: Readable<SelfMassageSection>;
  locale: Readable<string>;
  /** Seconds of the per-step timer; 0 for no timer. */
  stepSeconds: Readable<number>;
  clock: Clock;
  emit(type: 'knead-step-change' | 'knead-complete', detail: StepChangeDetail | CompleteDetail): void;
}

/** "1:05", with the locale's digits. */
const minSec = (s: number, locale: string) =>
  `${formatNumber((s / 60) | 0, locale)}:${(s % 60).toLocaleString(locale, { minimumIntegerDigits: 2 })}`;

/** The state and actions of the guided routine: a bounded stepper, a completion view and a per-step timer. */
export function createSelfMassageModel({ section, locale, stepSeconds, clock, emit }: SelfMassageModelInput) {
  // 0 … count: `count` itself is the completion view.
  const at = signal(0);
  const timer = signal<TimerState>('idle');
  const leftMs = signal(0);
  let handle: unknown;
  let endsAt = 0;

  const ui = computed(() => section.value.ui);
  const steps = computed(() => section.value.steps);
  const count = computed(() => steps.value.length);
  const done = computed(() => at.value >= count.value);
  const index = computed(() => Math.min(at.value, count.value - 1));
  const step = computed(() => steps.value[index.value]!);

  // "About 1 minute": whole minutes in minutes, anything else in seconds.
  const duration = computed(() => {
    const s = step.value.durationSeconds;
    if (!s) return '';
    const minutes = s % 60 === 0;
    const time = new Intl.NumberFormat(locale.value, {
      style: 'unit',
      unit: minutes ? 'minute' : 'second',
      unitDisplay: 'long',
    }).format(minutes ? s / 60 : s);
    return formatTemplate(ui.value.suggestedDuration, { time });
  });

  function stop(state: TimerState) {
    clock.clearInterval(handle);
    timer.value = state;
  }
  function tick() {
    leftMs.value = Math.max(0, endsAt - clock.now());
    if (!leftMs.value) stop('up');
  }
  /** Starts the timer, or resumes it after a pause. */
  function start() {
    if (!stepSeconds.value || timer.value === 'running') return;
    endsAt = clock.now() + (timer.value === 'paused' ? leftMs.value : stepSeconds.value * 1000);
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
  function move(i: number) {
    batch(() => {
      at.value = i;
      stop('idle');
    });
    return true;
  }
  /** The visitor moves to step `i` (or to the completion view, `i` = count). */
  function go(i: number) {
    move(i);
    if (done.value) emit('knead-complete', { steps: count.value });
    else emit('knead-step-change', { index: i, stepId: steps.value[i]!.id });
  }

  return {
    ui,
    steps,
    index,
    step,
    done,
    /** "Step 2 of 4". */
    stepOf: computed(() =>
      formatTemplate(ui.value.stepOf, {
        current: formatNumber(index.value + 1, locale.value),
        total: formatNumber(count.value, locale.value),
      }),
    ),
    duration,
    /** The step list: each step's `aria-current`, and whether the visitor has passed it. */
    list: computed(() =>
      steps.value.map((s, i) => ({
        id: s.id,
        title: s.title,
        current: i === at.value ? ('step' as const) : undefined,
        past: i < at.value,
      })),
    ),
    /** How many steps are reached, for the progress bar (all of them once done). */
    reached: computed(() => Math.min(at.value + 1, count.value)),
    last: computed(() => at.value === count.value - 1),
    /** Whether the visitor has left the first step (so Back and Start again have something to do). */
    started: computed(() => at.value > 0),
    timer: timer as ReadonlySignal<TimerState>,
    /** "0:45 left", or "Time's up". */
    timeLeft: computed(() =>
      timer.value === 'up'
        ? ui.value.timeUp
        : formatTemplate(ui.value.timeLeft, {
            time: minSec(
              Math.ceil((timer.value === 'idle' ? stepSeconds.value * 1000 : leftMs.value) / 1000),
              locale.value,
            ),
          }),
    ),
    /** What the polite status region says: the time-up message, else nothing. */
    announcement: computed(() => (timer.value === 'up' ? ui.value.timeUp : '')),
    /** Shows step `i` without events (the `step` attribute); false when there is no such step. */
    show: (i: number) => i < count.peek() && move(i),
    start,
    pause,
    /** Starts, pauses or resumes the timer (its one button). */
    toggleTimer: () => (timer.value === 'running' ? pause() : start()),
    next: () => done.value || go(at.value + 1),
    /** Back one step; from the completion view, back to the last step. */
    previous: () => at.value && go(Math.min(at.value, count.value) - 1),
    restart: () => go(0),
  };
}

/** The self-massage model's public shape. */
export type SelfMassageModel = ReturnType<typeof createSelfMassageModel>;
