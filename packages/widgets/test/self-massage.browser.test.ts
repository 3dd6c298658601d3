import { selfMassageByLocale, therapistByLocale } from '@knead/content';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import '../src/self-massage/self-massage.define';
import { errors, expectAccessible, mount, settle, shadow } from './helpers';

const en = selfMassageByLocale.en!;
const tips = therapistByLocale.en!.tips;
const heading = (el: Element) => shadow(el).querySelector<HTMLElement>('[tabindex="-1"]')!;
const status = (el: Element) => shadow(el).querySelector('[role=status]')!.textContent;
const focused = (el: Element) => shadow(el).activeElement;
const button = (el: Element, text: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => b.textContent === text);
const current = (el: Element) =>
  [...shadow(el).querySelectorAll('ol li')].map((li) => li.getAttribute('aria-current'));

/** Waits for the step's fade-in, so that axe measures the final colours. */
const still = (el: Element) =>
  Promise.all(
    shadow(el)
      .getAnimations()
      .map((a) => a.finished),
  );

/** Presses Tab until the focused button reads `text` (keyboard only, as a visitor would). */
async function tabTo(el: Element, text: string) {
  for (let i = 0; i < 8 && focused(el)?.textContent !== text; i++) await userEvent.tab();
  expect(focused(el)?.textContent).toBe(text);
}

beforeEach(() => {
  errors.length = 0;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  vi.restoreAllMocks();
  document.body.style.cssText = '';
  await page.viewport(414, 896);
});

describe('<knead-self-massage>', () => {
  it('renders the first step as a multi-page-form stepper, accessibly, without a timer', async () => {
    const el = await mount('<knead-self-massage></knead-self-massage>');
    await expectAccessible(el);
    expect([...shadow(el).querySelectorAll('ol li')].map((li) => li.textContent)).toEqual(
      en.steps.map((s) => s.title),
    );
    expect(current(el)).toEqual(['step', null, null, null]);
    expect(heading(el).localName).toBe('h2');
    expect(heading(el).textContent).toBe(`Step 1 of 4 ${en.steps[0]!.title}`);
    const progress = shadow(el).querySelector('progress')!;
    expect([progress.value, progress.max]).toEqual([1, 4]);
    expect(progress.getAttribute('aria-label')).toBe('Step 1 of 4');
    const art = shadow(el).querySelector('svg')!;
    expect(art.getAttribute('role')).toBe('img');
    expect(art.getAttribute('aria-label')).toBe(en.steps[0]!.illustration);
    expect(shadow(el).querySelector('[part=timer], [role=timer]')).toBeNull();
    expect(button(el, en.ui.previous)!.disabled).toBe(true);
    expect(button(el, en.ui.restart)).toBeUndefined();
    expect(status(el)).toBe('');
    expect(errors).toEqual([]);
  });

  it('is completed with the keyboard alone; focus moves to each step heading; step and events follow', async () => {
    const el = await mount('<knead-self-massage></knead-self-massage>');
    const events: [string, unknown][] = [];
    el.addEventListener('knead-step-change', (e) => events.push([e.type, e.detail]));
    el.addEventListener('knead-complete', (e) => events.push([e.type, e.detail]));
    await tabTo(el, en.ui.next);
    for (let i = 1; i < 4; i++) {
      await userEvent.keyboard('{Enter}');
      expect(focused(el)).toBe(heading(el));
      expect(heading(el).textContent).toBe(`Step ${i + 1} of 4 ${en.steps[i]!.title}`);
      expect(el.getAttribute('step')).toBe(String(i));
      expect(current(el)[i]).toBe('step');
      expect(shadow(el).querySelector('svg')!.getAttribute('aria-label')).toBe(en.steps[i]!.illustration);
      expect(shadow(el).querySelector('[part=step]')!.textContent).toContain('About 1 minute');
      await still(el);
      await expectAccessible(el);
      await tabTo(el, i === 3 ? en.ui.finish : en.ui.next);
    }
    await userEvent.keyboard('{Enter}');
    expect(focused(el)).toBe(heading(el));
    expect(heading(el).textContent).toContain(therapistByLocale.en!.title);
    const complete = shadow(el).querySelector('[part=complete]')!;
    expect([...complete.querySelectorAll('li')].map((li) => li.textContent)).toEqual(tips.map((t) => t.text));
    expect(current(el)).toEqual([null, null, null, null]);
    expect(shadow(el).querySelector('progress')!.value).toBe(4);
    expect(shadow(el).querySelector('progress')!.getAttribute('aria-label')).toBe(en.ui.complete);
    expect(shadow(el).querySelectorAll('[part=steps] [data-past]')).toHaveLength(4);
    expect(button(el, en.ui.next)).toBeUndefined();
    await still(el);
    await expectAccessible(el);
    await tabTo(el, en.ui.restart);
    await userEvent.keyboard('{Enter}');
    expect(focused(el)).toBe(heading(el));
    expect(heading(el).textContent).toBe(`Step 1 of 4 ${en.steps[0]!.title}`);
    expect(el.getAttribute('step')).toBe('0');
    expect(events).toEqual([
      ['knead-step-change', { index: 1, stepId: 'knead-along-spine' }],
      ['knead-step-change', { index: 2, stepId: 'circular-motions' }],
      ['knead-step-change', { index: 3, stepId: 'roller-or-ball' }],
      ['knead-complete', { steps: 4 }],
      ['knead-step-change', { index: 0, stepId: 'sit-comfortably' }],
    ]);
  });

  it('goes back with Back, from a step and from the completion view', async () => {
    const el = await mount('<knead-self-massage step="3"></knead-self-massage>');
    await userEvent.click(button(el, en.ui.finish)!);
    await userEvent.click(button(el, en.ui.previous)!);
    expect(heading(el).textContent).toContain(en.steps[3]!.title);
    expect(focused(el)).toBe(heading(el));
    await userEvent.click(button(el, en.ui.previous)!);
    expect(el.getAttribute('step')).toBe('2');
  });

  it('takes its step from the 0-based step attribute, silently, and rejects bad values', async () => {
    const el = await mount('<knead-self-massage step="2" heading-level="3"></knead-self-massage>');
    const events: unknown[] = [];
    el.addEventListener('knead-step-change', (e) => events.push(e.detail));
    expect(heading(el).localName).toBe('h3');
    expect(heading(el).textContent).toBe(`Step 3 of 4 ${en.steps[2]!.title}`);
    el.setAttribute('step', '1');
    await settle();
    expect(heading(el).textContent).toBe(`Step 2 of 4 ${en.steps[1]!.title}`);
    expect(events).toEqual([]);
    expect(errors).toEqual([]);
    for (const bad of ['x', '-1', '9']) {
      errors.length = 0;
      const el = await mount(`<knead-self-massage step="${bad}"></knead-self-massage>`);
      expect(heading(el).textContent).toContain('Step 1 of 4');
      expect(errors.map((e) => e.code)).toEqual(['invalid-attribute']);
      expect(errors[0]!.message).toContain(`step="${bad}"`);
    }
  });

  it('times a step with step-seconds and announces when time is up', async () => {
    // Two seconds, so that a click slowed by a loaded machine still finds the timer running.
    const el = await mount('<knead-self-massage step-seconds="2"></knead-self-massage>');
    const timer = shadow(el).querySelector('[role=timer]')!;
    expect(timer.textContent).toBe('0:02 left');
    await userEvent.click(button(el, en.ui.start)!);
    expect(button(el, en.ui.pause)).toBeDefined();
    await vi.waitFor(() => expect(status(el)).toBe(en.ui.timeUp), { timeout: 5000 });
    expect(timer.textContent).toBe(en.ui.timeUp);
    expect(button(el, en.ui.start)).toBeDefined();
    await still(el);
    await expectAccessible(el);
    await userEvent.click(button(el, en.ui.next)!);
    expect(status(el)).toBe('');
    expect(shadow(el).querySelector('[role=timer]')!.textContent).toBe('0:02 left');
  });

  it('pauses and resumes the timer from the keyboard', async () => {
    const el = await mount('<knead-self-massage step-seconds="2"></knead-self-massage>');
    await tabTo(el, en.ui.start);
    await userEvent.keyboard('{Enter}');
    await new Promise((r) => setTimeout(r, 300));
    expect(focused(el)?.textContent).toBe(en.ui.pause);
    await userEvent.keyboard('{Enter}');
    expect(focused(el)?.textContent).toBe(en.ui.resume);
    // Paused, the time left stands still past the step's whole length (whatever had run before: a
    // loaded machine can take a second to deliver the keys).
    const timer = shadow(el).querySelector('[role=timer]')!;
    const left = timer.textContent;
    expect(left).toMatch(/^0:0[12] left$/);
    await new Promise((r) => setTimeout(r, 2200));
    expect(status(el)).toBe('');
    expect(timer.textContent).toBe(left);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(status(el)).toBe(en.ui.timeUp), { timeout: 3000 });
  });

  it('respects prefers-reduced-motion', async () => {
    const el = await mount('<knead-self-massage></knead-self-massage>');
    const panel = () => getComputedStyle(shadow(el).querySelector('[part=step]')!).animationName;
    expect(panel()).not.toBe('none');
    const session = cdp() as unknown as { send(method: string, params: object): Promise<unknown> };
    await session.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value: 'reduce' }],
    });
    try {
      expect(panel()).toBe('none');
    } finally {
      await session.send('Emulation.setEmulatedMedia', { features: [] });
    }
  });

  it('is accessible in every state, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      for (const step of ['0', '1', '2', '3']) {
        const el = await mount(
          `<knead-self-massage theme="${theme}" step="${step}" step-seconds="60"></knead-self-massage>`,
        );
        await still(el);
        await expectAccessible(el);
      }
      const el = await mount(`<knead-self-massage theme="${theme}" step="3"></knead-self-massage>`);
      await userEvent.click(button(el, en.ui.finish)!);
      await still(el);
      await expectAccessible(el);
    }
  });

  it('fits 360 px without overflow and sits side by side at 1280 px', async () => {
    const el = await mount('<knead-self-massage step="1" step-seconds="60"></knead-self-massage>');
    await page.viewport(360, 800);
    await settle();
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
    const art = () => shadow(el).querySelector('svg')!.getBoundingClientRect();
    const title = () => heading(el).getBoundingClientRect();
    expect(art().bottom).toBeLessThanOrEqual(title().top);
    await page.viewport(1280, 800);
    await settle();
    expect(art().right).toBeLessThanOrEqual(title().left);
  });
});
