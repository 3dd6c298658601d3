import { precautionsByLocale, techniquesByLocale } from '@knead/content';
import { signal } from '@preact/signals-core';
import { h, render } from 'preact';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { tokens } from '../src/internal/tokens.styles';
import '../src/technique-picker/technique-picker.define';
import type { KneadTechniquePickerElement } from '../src/technique-picker/technique-picker.element';
import { createTechniquePickerModel } from '../src/technique-picker/technique-picker.model';
import { techniquePickerStyles } from '../src/technique-picker/technique-picker.styles';
import { TechniquePickerView } from '../src/technique-picker/technique-picker.view';
import { errors, expectAccessible, mount, settle, shadow } from './helpers';

const en = techniquesByLocale.en!;
const ORDER = ['swedish', 'deep-tissue', 'shiatsu', 'hot-stone', 'aromatherapy'];
const $$ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => [
  ...shadow(el).querySelectorAll<T>(selector),
];
const ranked = (el: Element) => $$(el, '[part=name]').map((n) => n.id.slice(2));
const status = (el: Element) => shadow(el).querySelector('[role=status]')!.textContent;
const focused = (el: Element) => shadow(el).activeElement as HTMLElement | null;
const card = (el: Element, id: string) => shadow(el).getElementById(`n-${id}`)!.closest('li')!;
const links = (el: Element) => $$<HTMLAnchorElement>(el, 'a');

beforeEach(async () => {
  errors.length = 0;
  vi.spyOn(console, 'error').mockImplementation(() => {});
  await page.viewport(1280, 900);
});
afterAll(() => vi.restoreAllMocks());

describe('<knead-technique-picker>', () => {
  it('renders every technique with its description, pressure, best for and note, in content order', async () => {
    const el = await mount('<knead-technique-picker></knead-technique-picker>');
    expect(ranked(el)).toEqual(ORDER);
    for (const t of en.items) {
      const text = card(el, t.id).textContent!;
      for (const part of [t.name, t.description, en.ui.pressures[t.pressure], t.bestFor, t.note ?? ''])
        expect(text).toContain(part);
    }
    expect($$(el, '[part=reason]')).toEqual([]); // no reasons until the visitor chooses
    expect($$(el, 'dt').map((dt) => dt.textContent)).toContain(en.ui.noteLabel);
    expect(status(el)).toBe('5 techniques match');
    expect($$(el, '[part=name]').every((n) => n.localName === 'h2')).toBe(true);
    expect(links(el)).toEqual([]);
    expect(errors).toEqual([]);
    await expectAccessible(el);
  });

  it('offers goals as a checkbox group and pressure as a radio group, each a fieldset with a legend', async () => {
    const el = await mount('<knead-technique-picker></knead-technique-picker>');
    const [goals, pressure] = $$(el, 'fieldset');
    expect(goals!.querySelector('legend')!.textContent).toBe(en.ui.goalsLegend);
    expect([...goals!.querySelectorAll('label')].map((l) => l.textContent)).toEqual(
      en.goals.map((g) => g.label),
    );
    expect([...goals!.querySelectorAll('input')].every((i) => i.type === 'checkbox' && !i.checked)).toBe(
      true,
    );
    expect(pressure!.querySelector('legend')!.textContent).toBe(en.ui.pressureLegend);
    const radios = [...pressure!.querySelectorAll('input')];
    expect(radios.map((r) => [r.type, r.checked, r.parentElement!.textContent])).toEqual([
      ['radio', false, 'Gentle'],
      ['radio', false, 'Medium'],
      ['radio', false, 'Firm'],
      ['radio', true, 'No preference'],
    ]);
  });

  it('puts deep tissue first for chronic pain, with a reason a visitor can read', async () => {
    const el = await mount('<knead-technique-picker></knead-technique-picker>');
    await userEvent.click($$(el, 'fieldset')[0]!.querySelectorAll('label')[1]!);
    expect(ranked(el)[0]).toBe('deep-tissue');
    expect(card(el, 'deep-tissue').querySelector('[part=reason]')!.textContent).toBe('Matches chronic pain');
    expect(status(el)).toBe('1 technique matches');
    expect(card(el, 'deep-tissue').hasAttribute('data-match')).toBe(true);
    expect(card(el, 'swedish').hasAttribute('data-match')).toBe(false);
    expect(card(el, 'swedish').querySelector('[part=reason]')!.textContent).toBe(en.ui.reasonNone);
    await expectAccessible(el);
  });

  it('works end to end with the keyboard alone: Space, arrow keys, Enter', async () => {
    const el = await mount(
      '<knead-technique-picker booking-url="#book-{technique}"></knead-technique-picker>',
    );
    const events: [string, unknown][] = [];
    for (const type of ['knead-technique-select', 'knead-book'] as const)
      el.addEventListener(type, (e) => {
        events.push([type, e.detail]);
        if (type === 'knead-book') e.preventDefault(); // the test page must not navigate
      });
    const boxes = $$<HTMLInputElement>(el, '[type=checkbox]');
    const radios = $$<HTMLInputElement>(el, '[type=radio]');

    await userEvent.tab();
    expect(focused(el)).toBe(boxes[0]);
    await userEvent.keyboard(' ');
    expect(boxes[0]!.checked).toBe(true);
    expect(status(el)).toBe('2 techniques match');
    for (let i = 0; i < boxes.length; i++) await userEvent.tab();
    expect(focused(el)).toBe(radios[3]); // Tab enters the radio group on the checked radio
    await userEvent.keyboard('{ArrowDown}'); // wraps to Gentle and selects it
    expect(radios.map((r) => r.checked)).toEqual([true, false, false, false]);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(radios[2]!.checked).toBe(true);
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(radios[0]!.checked).toBe(true);
    expect(ranked(el).slice(0, 2)).toEqual(['swedish', 'aromatherapy']);
    expect(status(el)).toBe('2 techniques match');

    await userEvent.tab();
    const choose = focused(el)!;
    expect(choose.getAttribute('part')).toBe('choose');
    expect(card(el, 'swedish').contains(choose)).toBe(true);
    await userEvent.keyboard('{Enter}');
    expect(choose.getAttribute('aria-pressed')).toBe('true');
    expect(card(el, 'swedish').hasAttribute('data-selected')).toBe(true);
    await userEvent.tab();
    expect(focused(el)).toBe(card(el, 'swedish').querySelector('a'));
    const before = location.href;
    await userEvent.keyboard('{Enter}');
    await settle();
    expect(location.href).toBe(before);
    expect(events).toEqual([
      ['knead-technique-select', { techniqueId: 'swedish', goals: ['relaxation'], pressure: 'gentle' }],
      ['knead-book', { techniqueId: 'swedish', url: '#book-swedish' }],
    ]);
    await expectAccessible(el);
  });

  it('un-chooses with a second press and names each button by its technique', async () => {
    const el = await mount('<knead-technique-picker goals="well-being"></knead-technique-picker>');
    const events: unknown[] = [];
    el.addEventListener('knead-technique-select', (e) => events.push(e.detail));
    const choose = card(el, 'aromatherapy').querySelector('button')!;
    const name = (node: Element) =>
      node
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => shadow(el).getElementById(id)!.textContent);
    expect(name(choose)).toEqual(['Choose', 'Aromatherapy massage']);
    await userEvent.click(choose);
    await userEvent.click(choose);
    expect(choose.getAttribute('aria-pressed')).toBe('false');
    expect(events).toEqual([
      { techniqueId: 'aromatherapy', goals: ['well-being'], pressure: 'any' },
      { techniqueId: null, goals: ['well-being'], pressure: 'any' },
    ]);
  });

  it('lets the site cancel knead-book to stop the navigation, and lets it through otherwise', async () => {
    const el = await mount(
      '<knead-technique-picker booking-url="#book={technique}"></knead-technique-picker>',
    );
    const link = card(el, 'hot-stone').querySelector('a')!;
    expect(link.getAttribute('href')).toBe('#book=hot-stone');
    const books: unknown[] = [];
    let cancel = true;
    el.addEventListener('knead-book', (e) => {
      books.push(e.detail);
      if (cancel) e.preventDefault();
    });
    const before = location.href;
    await userEvent.click(link);
    await settle();
    expect(location.href).toBe(before);
    expect(books).toEqual([{ techniqueId: 'hot-stone', url: '#book=hot-stone' }]);

    // Not cancelled: the click's default action is left alone (stopped here only so the test page stays put).
    cancel = false;
    let navigates: boolean | undefined;
    const watch = (e: Event) => {
      navigates = !e.defaultPrevented;
      e.preventDefault();
    };
    addEventListener('click', watch);
    await userEvent.click(link);
    removeEventListener('click', watch);
    expect(navigates).toBe(true);
    expect(books).toHaveLength(2);
  });

  it('refuses a javascript: booking-url with one knead-error and renders no link', async () => {
    const el = await mount(
      '<knead-technique-picker booking-url="javascript:alert(1)"></knead-technique-picker>',
    );
    expect(errors).toEqual([expect.objectContaining({ code: 'invalid-attribute' })]);
    expect(errors[0]!.message).toContain('booking-url');
    expect(links(el)).toEqual([]);
    for (const hostile of [
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,x',
    ]) {
      errors.length = 0;
      el.setAttribute('booking-url', hostile);
      await settle();
      expect(errors.map((e) => e.code)).toEqual(['invalid-attribute']);
      expect(links(el)).toEqual([]);
    }
    el.setAttribute('booking-url', 'https://spa.example/book?t={technique}');
    await settle();
    expect(links(el).map((a) => a.href)).toEqual(ORDER.map((id) => `https://spa.example/book?t=${id}`));
  });

  it('preselects from goals and pressure; reports unknown goals and bad pressure, and ignores them', async () => {
    const el = await mount(
      '<knead-technique-picker goals="relaxation nope" pressure="hard"></knead-technique-picker>',
    );
    expect(errors.map((e) => e.code).sort()).toEqual(['invalid-attribute', 'unknown-id']);
    expect(errors.find((e) => e.code === 'unknown-id')!.message).toContain('nope');
    expect($$<HTMLInputElement>(el, '[type=checkbox]').map((b) => b.checked)).toEqual([
      true,
      ...Array(6).fill(false),
    ]);
    expect($$<HTMLInputElement>(el, '[type=radio]')[3]!.checked).toBe(true);
    expect(ranked(el).slice(0, 2)).toEqual(['swedish', 'aromatherapy']);
    el.setAttribute('pressure', 'firm');
    el.setAttribute('heading-level', '3');
    await settle();
    expect(ranked(el).slice(0, 2)).toEqual(['swedish', 'aromatherapy']);
    expect($$(el, '[part=name]')[0]!.localName).toBe('h3');
    expect(status(el)).toBe('3 techniques match'); // relaxation: Swedish, aromatherapy; firm: deep tissue
    expect(errors).toHaveLength(2);
  });

  it('marks techniques the precautions advise against, ranks them last, accessibly', async () => {
    // The element gets its conditions from the group store later; the model takes them today.
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [tokens, techniquePickerStyles].map((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
    const content = signal({ techniques: en, precautions: precautionsByLocale.en! });
    const model = createTechniquePickerModel({
      content,
      locale: signal('en'),
      initialGoals: signal(['chronic-pain']),
      initialPressure: signal('any' as const),
      bookingUrl: signal(''),
      conditions: signal(['herniated-disc']),
      emit: () => true,
    });
    const ctx = { content, locale: signal('en'), attrs: { 'heading-level': signal(2) } };
    render(h(TechniquePickerView, { model, ctx }), root);
    await settle();
    expect(ranked(host).at(-1)).toBe('deep-tissue');
    const warning = card(host, 'deep-tissue').querySelector('[part=warning]')!;
    expect(warning.textContent).toBe(`${en.ui.advisedAgainst} ${precautionsByLocale.en!.rules[0]!.reason}`);
    expect($$(host, '[part=warning]')).toHaveLength(1);
    await expectAccessible(host);
    render(null, root);
  });

  for (const width of [360, 1280])
    it(`lays out at ${width}px: ${width < 600 ? 'choices above the results' : 'choices beside the results'}`, async () => {
      await page.viewport(width, 900);
      const el = await mount('<knead-technique-picker booking-url="/book"></knead-technique-picker>');
      const [filters, results] = [...shadow(el).querySelector('section')!.children].map((n) =>
        n.getBoundingClientRect(),
      );
      if (width < 600) expect(filters!.bottom).toBeLessThanOrEqual(results!.top);
      else {
        expect(filters!.right).toBeLessThanOrEqual(results!.left);
        expect(filters!.top).toBe(results!.top);
      }
      expect(el.getBoundingClientRect().right).toBeLessThanOrEqual(width);
      expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
    });

  it('is accessible in every state, light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await mount(
        `<knead-technique-picker theme="${theme}" goals="muscle-tension" pressure="medium" booking-url="/book/{technique}"></knead-technique-picker>`,
      );
      await expectAccessible(el);
      card(el, 'hot-stone').querySelector('button')!.click();
      await settle();
      expect(card(el, 'hot-stone').hasAttribute('data-selected')).toBe(true);
      await expectAccessible(el);
      for (const box of $$<HTMLInputElement>(el, 'input')) box.click();
      await settle();
      await expectAccessible(el);
    }
  });

  it('shows hostile content as text', async () => {
    const el = await mount('<knead-technique-picker></knead-technique-picker>');
    const hostile = '<img src=x onerror="window.pwned=1">';
    (el as KneadTechniquePickerElement).content = {
      techniques: { items: [{ id: 'swedish', name: hostile }] },
    };
    await settle();
    expect(shadow(el).getElementById('n-swedish')!.textContent).toBe(hostile);
    expect(shadow(el).querySelector('img')).toBeNull();
  });

  it('has a two-way `value` with one `input` event per change, after `value` is updated (v-model)', async () => {
    const el = await mount<KneadTechniquePickerElement>(
      '<knead-technique-picker goals="relaxation"></knead-technique-picker>',
    );
    expect(el.value).toEqual({ goals: ['relaxation'], pressure: 'any' });
    const seen: unknown[] = [];
    el.addEventListener('input', (e) => seen.push([e.constructor.name, e.target === el, el.value]));

    // The page sets `value`: the choices follow, without events.
    el.value = { goals: ['chronic-pain'], pressure: 'firm' };
    await settle();
    const boxes = $$<HTMLInputElement>(el, '[type=checkbox]');
    const radios = $$<HTMLInputElement>(el, '[type=radio]');
    expect(boxes.map((b) => b.checked)).toEqual([false, true, false, false, false, false, false]);
    expect(radios[2]!.checked).toBe(true);
    expect(ranked(el)[0]).toBe('deep-tissue');
    expect(seen).toEqual([]);

    // The visitor: one `input` per change, seen by a listener on the host with `value` already updated.
    await userEvent.click(boxes[0]!);
    await userEvent.click(radios[0]!);
    expect(seen).toEqual([
      ['CustomEvent', true, { goals: ['relaxation', 'chronic-pain'], pressure: 'firm' }],
      ['CustomEvent', true, { goals: ['relaxation', 'chronic-pain'], pressure: 'gentle' }],
    ]);

    // v-model writes '' for a null model: `value` falls back to the current choices.
    (el as unknown as { value: string }).value = '';
    await settle();
    expect(el.value).toEqual({ goals: ['relaxation', 'chronic-pain'], pressure: 'gentle' });
    expect(seen).toHaveLength(2);
    expect(errors).toEqual([]);

    // What the model cannot use is dropped (a bad pressure keeps the last one) and named in one
    // knead-error; goals in any order are fine.
    el.value = { goals: ['flexibility', 'relaxation'], pressure: 'medium' };
    await settle();
    expect(errors).toEqual([]);
    el.value = { goals: ['relaxation', 'bogus'], pressure: 'ultra' as 'firm' };
    await settle();
    expect(el.value).toEqual({ goals: ['relaxation'], pressure: 'medium' });
    expect(errors).toEqual([expect.objectContaining({ code: 'invalid-value' })]);
    expect(errors[0]!.message).toContain('(goals, pressure)');
  });

  it('takes a `value` set before it is defined or connected', async () => {
    const el = document.createElement('knead-technique-picker');
    el.value = { goals: ['flexibility'], pressure: 'medium' };
    document.body.replaceChildren(el);
    await settle();
    expect(el.value).toEqual({ goals: ['flexibility'], pressure: 'medium' });
    expect($$<HTMLInputElement>(el, '[type=checkbox]').map((b) => b.checked)).toEqual([
      false,
      false,
      false,
      false,
      false,
      true,
      false,
    ]);
  });
});
