import {
  benefitsByLocale,
  faqByLocale,
  precautionsByLocale,
  selfMassageByLocale,
  techniquesByLocale,
} from '@knead/content';
import { effect, signal as signalOf } from '@preact/signals-core';
import { cleanup, render, within } from '@testing-library/preact';
import { jsx } from 'preact/jsx-runtime';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/benefits/benefits.element';
import '../src/faq/faq.element';
import '../src/precautions/precautions.element';
import '../src/self-massage/self-massage.element';
import '../src/technique-picker/technique-picker.element';
import { commonAttributes } from '../src/internal/attributes';
import { tokens } from '../src/internal/tokens.styles';
import { widgetSpecs } from '../src/internal/widget';

// Each widget's view with its real model, without the element: the model and its context are built
// the way createWidget builds them (attributes parsed into signals, English content, emit), the view
// is rendered by an effect as the element renders it (the FAQ, which has no Preact view, is mounted),
// into a shadow root with the widget's stylesheets, and the element's `connect` hook runs. Queried
// the way a visitor perceives the widget (roles, accessible names, states), so the tests hold while
// the markup changes.

type Emitted = { type: string; detail: unknown };

function renderView(tag: string, attributes: Record<string, string> = {}) {
  const spec = widgetSpecs.get(tag)!;
  const specs = { ...commonAttributes, ...spec.attributes };
  const attrs = Object.fromEntries(
    Object.entries(specs).map(([name, s]) => {
      const raw = attributes[name];
      return [name, signalOf(raw === undefined ? s.fallback : (s.parse(raw) ?? s.fallback))];
    }),
  );
  const props = Object.fromEntries(
    Object.entries({ content: undefined, ...spec.properties }).map(([name, value]) => [
      name,
      signalOf(value),
    ]),
  );
  const content = signalOf(Object.fromEntries(spec.sections.map((s) => [s, spec.defaults[s].en])));
  const emitted: Emitted[] = [];
  // Typed as every widget's context (the spec map holds widgets of different types).
  const ctx: Parameters<typeof spec.model>[0] = {
    content: content as never,
    locale: signalOf('en'),
    attrs: attrs as never,
    props,
    emit: (type: string, detail: unknown) => emitted.push({ type, detail }) > 0,
    report: (error) => {
      emitted.push({ type: 'knead-error', detail: error });
    },
    prerender: false,
  };
  const model = spec.model(ctx);

  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [tokens, spec.styles].map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  // A Preact view is rendered by @testing-library/preact, re-rendered by an effect as the element
  // does; a widget that builds its own DOM (the FAQ, no Preact view) is mounted.
  const stops: (() => void)[] = [];
  const { view: View } = spec;
  if (View) {
    const view = render(<div />, { container: root as unknown as HTMLElement });
    stops.push(
      effect(() => {
        view.rerender(jsx('div', { class: 'root', lang: 'en', dir: 'ltr', children: View({ model, ctx }) }));
      }),
    );
  } else {
    const container = Object.assign(document.createElement('div'), {
      className: 'root',
      lang: 'en',
      dir: 'ltr',
    });
    root.append(container);
    stops.push(...spec.mount(container, model, ctx, false));
  }
  const disconnect = spec.connect?.(host, model, ctx);
  cleanups.push(() => {
    disconnect?.();
    for (const stop of stops) stop();
  });
  return { screen: within(root as unknown as HTMLElement), emitted, attrs };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanups.splice(0)) fn();
  cleanup();
});

const names = (type: string, emitted: Emitted[]) =>
  emitted.filter((e) => e.type === type).map((e) => e.detail);

describe('<knead-faq> view', () => {
  const faq = faqByLocale.en!;

  it('is an accordion: one question open at a time, each toggle emitted', async () => {
    const { screen, emitted } = renderView('knead-faq');
    const questions = screen.getAllByRole('button', { expanded: false });
    expect(questions.map((b) => b.textContent)).toEqual(faq.items.map((i) => i.question));
    const [first, second] = faq.items;
    expect(screen.queryByRole('region', { name: first!.question })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: first!.question }));
    expect(screen.getByRole('button', { name: first!.question, expanded: true })).toBeTruthy();
    expect(screen.getByRole('region', { name: first!.question }).textContent).toContain(
      first!.answer.slice(0, 20),
    );

    await userEvent.click(screen.getByRole('button', { name: second!.question }));
    expect(screen.getAllByRole('button', { expanded: true }).map((b) => b.textContent)).toEqual([
      second!.question,
    ]);
    expect(names('knead-faq-toggle', emitted)).toEqual([
      { id: first!.id, open: true },
      { id: first!.id, open: false },
      { id: second!.id, open: true },
    ]);
  });

  it('with searchable: typing filters the questions and says how many match', async () => {
    const { screen } = renderView('knead-faq', { searchable: '' });
    const search = screen.getByRole('searchbox', { name: faq.ui.searchLabel });
    await userEvent.type(search, 'pregnancy');
    const shown = screen.getAllByRole('button', { expanded: false });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(faq.items.length);
    expect(screen.getByRole('status').textContent).toMatch(/\d/);
  });
});

describe('<knead-benefits> view', () => {
  const benefits = benefitsByLocale.en!;

  it('lists the benefits; with expandable, each "Read more" discloses its details', async () => {
    const { screen, emitted } = renderView('knead-benefits', { expandable: '' });
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(benefits.items.length);
    const [first] = benefits.items;
    const toggle = screen.getByRole('button', { name: new RegExp(first!.title) });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(toggle);
    expect(screen.getByRole('button', { name: new RegExp(first!.title), expanded: true })).toBeTruthy();
    expect(names('knead-benefit-toggle', emitted)).toEqual([{ id: first!.id, open: true }]);
  });

  it('without expandable has no buttons', () => {
    const { screen } = renderView('knead-benefits');
    expect(screen.queryAllByRole('button')).toEqual([]);
  });
});

describe('<knead-technique-picker> view', () => {
  const techniques = techniquesByLocale.en!;

  it('goals are checkboxes, pressure radios; choosing chronic pain ranks deep tissue first', async () => {
    const { screen } = renderView('knead-technique-picker');
    const goals = screen.getByRole('group', { name: techniques.ui.goalsLegend });
    expect(within(goals).getAllByRole('checkbox')).toHaveLength(techniques.goals.length);
    const pressure = screen.getByRole('group', { name: techniques.ui.pressureLegend });
    expect(within(pressure).getAllByRole('radio').length).toBeGreaterThan(1);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Chronic pain' }));
    expect(screen.getByRole('checkbox', { name: 'Chronic pain' })).toHaveProperty('checked', true);
    const [best] = within(screen.getAllByRole('list').at(-1)!).getAllByRole('listitem');
    expect(best!.textContent).toContain('Deep tissue massage');
    expect(screen.getAllByRole('status')[0]!.textContent).toMatch(/1/);
  });
});

describe('<knead-precautions> view', () => {
  const precautions = precautionsByLocale.en!;

  it('ticking pregnancy gives "Check first", announced, and emits the verdict', async () => {
    const { screen, emitted } = renderView('knead-precautions');
    expect(screen.getByRole('heading', { name: precautions.verdicts.ok.title })).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pregnancy' }));
    expect(screen.getByRole('heading', { name: precautions.verdicts.consult.title })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain(precautions.verdicts.consult.title);
    const verdicts = names('knead-verdict', emitted) as { verdict: string }[];
    expect(verdicts.at(-1)!.verdict).toBe('consult');
  });
});

describe('<knead-self-massage> view', () => {
  const selfMassage = selfMassageByLocale.en!;

  it('steps forward with Next and back with Back, emitting each step', async () => {
    const { screen, emitted } = renderView('knead-self-massage');
    const back = screen.getByRole('button', { name: selfMassage.ui.previous });
    expect(back).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByRole('button', { name: selfMassage.ui.next }));
    expect(screen.getByRole('heading', { name: new RegExp(selfMassage.steps[1]!.title) })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: selfMassage.ui.previous }));
    expect(screen.getByRole('heading', { name: new RegExp(selfMassage.steps[0]!.title) })).toBeTruthy();
    expect(names('knead-step-change', emitted).length).toBe(2);
  });
});
