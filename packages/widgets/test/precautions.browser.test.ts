import { precautionsByLocale, techniquesByLocale } from '@knead/content';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../src/precautions/precautions.define';
import type { KneadPrecautionsElement } from '../src/precautions/precautions.element';
import type { VerdictDetail } from '../src/precautions/precautions.model';
import { errors, expectAccessible, mount, settle, shadow } from './helpers';

const en = precautionsByLocale.en!;
const boxes = (el: Element) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const ticked = (el: Element) => boxes(el).map((b) => b.checked);
const verdict = (el: Element) => shadow(el).querySelector<HTMLElement>('[part=verdict]')!;
const status = (el: Element) => shadow(el).querySelector('[role=status]')!.textContent;
const focused = (el: Element) => shadow(el).activeElement;
const icon = (el: Element) => verdict(el).querySelector('svg path')!.getAttribute('d');

beforeEach(() => {
  errors.length = 0;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.style.cssText = '';
});

describe('<knead-precautions>', () => {
  it('renders a checklist in a fieldset, a labelled technique select, the verdict and the disclaimer', async () => {
    const el = await mount('<knead-precautions></knead-precautions>');
    await expectAccessible(el);
    const fieldset = shadow(el).querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent).toBe(en.ui.conditionsLegend);
    expect(boxes(el).map((b) => b.labels![0]!.textContent)).toEqual([
      ...en.conditions.map((c) => c.label),
      en.ui.none,
    ]);
    expect(ticked(el)).toEqual([false, false, false, false, false]);
    const select = shadow(el).querySelector('select')!;
    expect(select.labels![0]!.textContent).toBe(en.ui.techniqueLabel);
    expect([...select.options].map((o) => o.text)).toEqual([
      en.ui.anyTechnique,
      ...techniquesByLocale.en!.items.map((t) => t.name),
    ]);
    const heading = verdict(el).querySelector('h2')!;
    expect(heading.textContent).toBe(en.verdicts.ok.title);
    expect(verdict(el).textContent).toContain(en.verdicts.ok.advice);
    expect(verdict(el).querySelector('svg')!.getAttribute('aria-hidden')).toBe('true');
    expect(shadow(el).querySelector('[part=disclaimer]')!.textContent).toBe(en.disclaimer);
    expect(status(el)).toBe('');
    expect(errors).toEqual([]);
  });

  it('is usable with the keyboard alone: pregnancy gives "consult" with the prenatal advice, announced', async () => {
    const el = await mount('<knead-precautions></knead-precautions>');
    const events: VerdictDetail[] = [];
    el.addEventListener('knead-verdict', (e) => events.push(e.detail));
    const okIcon = icon(el);
    await userEvent.tab();
    expect(focused(el)).toBe(boxes(el)[0]);
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(focused(el)).toBe(boxes(el)[3]);
    await userEvent.keyboard(' ');
    expect(ticked(el)).toEqual([false, false, false, true, false]);
    expect(verdict(el).dataset.verdict).toBe('consult');
    expect(verdict(el).querySelector('h2')!.textContent).toBe(en.verdicts.consult.title);
    expect(verdict(el).querySelector('[part=reasons]')!.textContent).toContain('prenatal massage');
    const prenatal = en.rules.find((r) => r.conditions?.includes('pregnancy'))!.reason;
    expect(prenatal).toContain('prenatal massage');
    expect(status(el)).toBe(`${en.verdicts.consult.title}. ${en.verdicts.consult.advice} ${prenatal}`);
    expect(icon(el)).not.toBe(okIcon);
    await expectAccessible(el);

    // "None of these" clears the conditions.
    await userEvent.tab();
    await userEvent.keyboard(' ');
    expect(ticked(el)).toEqual([false, false, false, false, true]);
    expect(status(el)).toBe(`${en.verdicts.ok.title}. ${en.verdicts.ok.advice}`);

    // The technique select, by keyboard.
    await userEvent.tab();
    expect(focused(el)).toBe(shadow(el).querySelector('select'));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(shadow(el).querySelector('select')!.value).toBe('deep-tissue');
    expect(verdict(el).textContent).toContain('soreness');

    // Ticking a condition unticks "None of these".
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    await userEvent.tab({ shift: true });
    await userEvent.keyboard(' ');
    expect(ticked(el)).toEqual([false, false, true, false, false]);
    expect(verdict(el).dataset.verdict).toBe('avoid-intense');
    expect(events).toEqual([
      { verdict: 'consult', conditions: ['pregnancy'], techniqueId: undefined },
      { verdict: 'ok', conditions: [], techniqueId: undefined },
      { verdict: 'ok', conditions: [], techniqueId: 'swedish' },
      { verdict: 'ok', conditions: [], techniqueId: 'deep-tissue' },
      { verdict: 'avoid-intense', conditions: ['severe-osteoporosis'], techniqueId: 'deep-tissue' },
    ]);
  });

  it('gives avoid-intense for severe osteoporosis, with every reason listed and a distinct icon', async () => {
    const el = await mount('<knead-precautions></knead-precautions>');
    await userEvent.click(boxes(el)[3]!);
    const consultIcon = icon(el);
    await userEvent.click(boxes(el)[2]!);
    expect(verdict(el).dataset.verdict).toBe('avoid-intense');
    expect(verdict(el).querySelector('h2')!.textContent).toBe(en.verdicts['avoid-intense'].title);
    expect([...verdict(el).querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      en.rules[0]!.reason,
      en.rules[1]!.reason,
    ]);
    expect(icon(el)).not.toBe(consultIcon);
    await expectAccessible(el);
    el.setAttribute('theme', 'dark');
    await settle();
    await expectAccessible(el);
  });

  it('preselects from attributes without announcing, and reports unknown ids', async () => {
    const el = await mount(
      '<knead-precautions conditions="pregnancy flu" technique="hot-stone" heading-level="3"></knead-precautions>',
    );
    expect(ticked(el)).toEqual([false, false, false, true, false]);
    expect(shadow(el).querySelector('select')!.value).toBe('hot-stone');
    expect(verdict(el).querySelector('h3')!.textContent).toBe(en.verdicts.consult.title);
    expect(status(el)).toBe('');
    expect(errors).toEqual([expect.objectContaining({ code: 'unknown-id' })]);
    expect(errors[0]!.message).toContain('"flu"');
    // Once: new content (a locale, an override) does not repeat it.
    el.setAttribute('locale', 'en-GB');
    (el as HTMLElement & { content: unknown }).content = { precautions: { title: 'Before you book' } };
    await settle();
    expect(errors).toHaveLength(1);
    errors.length = 0;
    const bad = await mount('<knead-precautions technique="massage-gun" hide-technique></knead-precautions>');
    expect(errors.map((e) => e.code)).toEqual(['unknown-id']);
    expect(shadow(bad).querySelector('select')).toBeNull();
    await expectAccessible(bad);
  });

  it('keeps health answers in the page: nothing stored, nothing sent', async () => {
    localStorage.clear();
    sessionStorage.clear();
    const cookies = document.cookie;
    const fetch = vi.spyOn(window, 'fetch');
    const beacon = vi.spyOn(navigator, 'sendBeacon');
    const el = await mount('<knead-precautions></knead-precautions>');
    for (const box of boxes(el)) await userEvent.click(box);
    await userEvent.selectOptions(shadow(el).querySelector('select')!, 'shiatsu');
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(document.cookie).toBe(cookies);
    expect(fetch).not.toHaveBeenCalled();
    expect(beacon).not.toHaveBeenCalled();
  });

  it('is accessible in every verdict, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      for (const conditions of ['', 'pregnancy', 'fracture pregnancy']) {
        const el = await mount(
          `<knead-precautions theme="${theme}" conditions="${conditions}" technique="deep-tissue"></knead-precautions>`,
        );
        await expectAccessible(el);
      }
    }
  });

  it('lays out in one column at 360 px and two at 1280 px', async () => {
    const el = await mount('<knead-precautions conditions="pregnancy"></knead-precautions>');
    await page.viewport(360, 800);
    await settle();
    const form = shadow(el).querySelector('fieldset')!.getBoundingClientRect();
    expect(verdict(el).getBoundingClientRect().top).toBeGreaterThan(form.bottom);
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
    await page.viewport(1280, 800);
    await settle();
    expect(verdict(el).getBoundingClientRect().left).toBeGreaterThan(
      shadow(el).querySelector('fieldset')!.getBoundingClientRect().right,
    );
  });

  it('has a two-way `value` with one `input` event per change, after `value` is updated (v-model)', async () => {
    const el = await mount<KneadPrecautionsElement>('<knead-precautions></knead-precautions>');
    expect(el.value).toEqual({ conditions: [], techniqueId: undefined });
    const seen: unknown[] = [];
    const verdicts: unknown[] = [];
    el.addEventListener('input', (e) => seen.push([e.constructor.name, el.value]));
    el.addEventListener('knead-verdict', (e) => verdicts.push(e.detail.verdict));

    // The page sets `value`: the answers follow, silently (no events, nothing announced).
    el.value = { conditions: ['pregnancy'], techniqueId: 'deep-tissue' };
    await settle();
    expect(ticked(el)).toEqual([false, false, false, true, false]);
    expect(shadow(el).querySelector('select')!.value).toBe('deep-tissue');
    expect(verdict(el).dataset.verdict).toBe('consult');
    expect(status(el)).toBe('');
    expect([seen, verdicts]).toEqual([[], []]);

    // The visitor: one `input` each, after `value` changed (checkbox, then the select).
    await userEvent.click(boxes(el)[0]!);
    await userEvent.selectOptions(shadow(el).querySelector('select')!, 'swedish');
    expect(seen).toEqual([
      ['CustomEvent', { conditions: [en.conditions[0]!.id, 'pregnancy'], techniqueId: 'deep-tissue' }],
      ['CustomEvent', { conditions: [en.conditions[0]!.id, 'pregnancy'], techniqueId: 'swedish' }],
    ]);
    expect(verdicts).toHaveLength(2);
  });

  it('updates `value` and fires one `input` when a technique picker in its group chooses', async () => {
    await import('../src/technique-picker/technique-picker.define');
    await mount(
      '<div><knead-precautions group="v"></knead-precautions><knead-technique-picker group="v"></knead-technique-picker></div>',
    );
    const el = document.querySelector('knead-precautions')!;
    const seen: unknown[] = [];
    el.addEventListener('input', () => seen.push(el.value));
    shadow(document.querySelector('knead-technique-picker')!)
      .querySelector<HTMLElement>('[part=choose]')!
      .click();
    await settle();
    expect(seen).toEqual([{ conditions: [], techniqueId: techniquesByLocale.en!.items[0]!.id }]);
  });
});
