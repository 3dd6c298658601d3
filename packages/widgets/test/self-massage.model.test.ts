import { selfMassageByLocale } from '@knead/content';
import { signal } from '@preact/signals-core';
import { describe, expect, it } from 'vitest';
import {
  type Clock,
  type CompleteDetail,
  createSelfMassageModel,
  type StepChangeDetail,
} from '../src/self-massage/self-massage.model';

const en = selfMassageByLocale.en!;

/** A clock whose time moves only when the test says so. */
function fakeClock() {
  let time = 1_000;
  const timers = new Map<number, { tick: () => void; ms: number; next: number }>();
  let ids = 0;
  const clock: Clock = {
    now: () => time,
    setInterval: (tick, ms) => {
      timers.set(++ids, { tick, ms, next: time + ms });
      return ids;
    },
    clearInterval: (id) => timers.delete(id as number),
  };
  const advance = (ms: number) => {
    const end = time + ms;
    for (;;) {
      const due = [...timers.values()].filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      time = due.next;
      due.next += due.ms;
      due.tick();
    }
    time = end;
  };
  return { clock, advance, active: () => timers.size };
}

function setup(seconds = 0) {
  const events: [string, StepChangeDetail | CompleteDetail][] = [];
  const time = fakeClock();
  const stepSeconds = signal(seconds);
  const model = createSelfMassageModel({
    section: signal(en),
    locale: signal('en'),
    stepSeconds,
    clock: time.clock,
    emit: (type, detail) => events.push([type, detail]),
  });
  return { model, events, stepSeconds, ...time };
}

describe('createSelfMassageModel', () => {
  it('starts on the first step with "Step 1 of 4" and the list marking it current', () => {
    const { model } = setup();
    expect(model.index.value).toBe(0);
    expect(model.stepOf.value).toBe('Step 1 of 4');
    expect(model.step.value.id).toBe('sit-comfortably');
    expect(model.list.value.map((s) => s.current)).toEqual(['step', undefined, undefined, undefined]);
    expect(model.reached.value).toBe(1);
    expect(model.started.value).toBe(false);
    expect(model.duration.value).toBe('');
  });

  it('moves within bounds with an event per move, and completes after the last step', () => {
    const { model, events } = setup();
    model.previous();
    expect(model.index.value).toBe(0);
    model.next();
    expect(model.stepOf.value).toBe('Step 2 of 4');
    expect(model.duration.value).toBe('About 1 minute');
    model.next();
    model.next();
    expect(model.last.value).toBe(true);
    expect(model.list.value.map((s) => [s.current, s.past])).toEqual([
      [undefined, true],
      [undefined, true],
      [undefined, true],
      ['step', false],
    ]);
    model.next();
    expect(model.done.value).toBe(true);
    expect(model.reached.value).toBe(4);
    expect(model.list.value.every((s) => s.past && !s.current)).toBe(true);
    model.next(); // already done: nothing
    expect(events).toEqual([
      ['knead-step-change', { index: 1, stepId: 'knead-along-spine' }],
      ['knead-step-change', { index: 2, stepId: 'circular-motions' }],
      ['knead-step-change', { index: 3, stepId: 'roller-or-ball' }],
      ['knead-complete', { steps: 4 }],
    ]);
  });

  it('goes back from the completion view to the last step, and restarts', () => {
    const { model, events } = setup();
    for (let i = 0; i < 4; i++) model.next();
    model.previous();
    expect(model.done.value).toBe(false);
    expect(model.index.value).toBe(3);
    model.restart();
    expect(model.index.value).toBe(0);
    expect(events.slice(-2)).toEqual([
      ['knead-step-change', { index: 3, stepId: 'roller-or-ball' }],
      ['knead-step-change', { index: 0, stepId: 'sit-comfortably' }],
    ]);
  });

  it('shows a step silently (the attribute) and refuses one past the end', () => {
    const { model, events } = setup();
    expect(model.show(2)).toBe(true);
    expect(model.index.value).toBe(2);
    expect(model.show(4)).toBe(false);
    expect(model.index.value).toBe(2);
    expect(events).toEqual([]);
  });

  it('runs the timer with start, pause, resume and time up on a fake clock', () => {
    const { model, advance, active } = setup(5);
    expect(model.timer.value).toBe('idle');
    expect(model.timeLeft.value).toBe('0:05 left');
    model.start();
    expect(model.timer.value).toBe('running');
    advance(2_100);
    expect(model.timeLeft.value).toBe('0:03 left');
    model.pause();
    expect(model.timer.value).toBe('paused');
    expect(active()).toBe(0);
    advance(10_000);
    expect(model.timeLeft.value).toBe('0:03 left');
    model.toggleTimer(); // resume
    expect(model.timer.value).toBe('running');
    advance(2_800);
    expect(model.timeLeft.value).toBe('0:01 left');
    expect(model.announcement.value).toBe('');
    advance(200);
    expect(model.timer.value).toBe('up');
    expect(model.timeLeft.value).toBe(en.ui.timeUp);
    expect(model.announcement.value).toBe(en.ui.timeUp);
    expect(active()).toBe(0);
  });

  it('resets the timer on a step change, and has none without step seconds', () => {
    const { model, advance, active, stepSeconds } = setup(90);
    expect(model.timeLeft.value).toBe('1:30 left');
    model.start();
    advance(1_000);
    model.next();
    expect(model.timer.value).toBe('idle');
    expect(active()).toBe(0);
    model.start();
    model.pause(); // what the element does when it leaves the page
    expect(model.timer.value).toBe('paused');
    expect(active()).toBe(0);
    stepSeconds.value = 0;
    model.restart();
    model.start();
    expect(model.timer.value).toBe('idle');
  });
});
