import { benefitsByLocale, introByLocale } from '@knead/content';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../src/benefits/benefits.define';
import type { KneadBenefitsElement } from '../src/benefits/benefits.element';
import { errors, expectAccessible, mount, settle, shadow } from './helpers';

const en = benefitsByLocale.en!;
const intro = introByLocale.en!;
const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];
const texts = (el: Element, part: string) => $$(el, `[part=${part}]`).map((n) => n.textContent);
const ids = (el: Element) => $$(el, '[part=title]').map((h) => h.id.slice(2));
const toggles = (el: Element) => $$(el, 'button[aria-expanded]');
const visible = (node: Element) => getComputedStyle(node).display !== 'none';
const rect = (node: Element) => node.getBoundingClientRect();

beforeEach(async () => {
  errors.length = 0;
  vi.spyOn(console, 'error').mockImplementation(() => {});
  await page.viewport(1280, 900);
});
afterAll(() => vi.restoreAllMocks());

describe('<knead-benefits>', () => {
  it('renders the five benefits of the article, each with its own decorative icon, accessibly', async () => {
    const el = await mount('<knead-benefits></knead-benefits>');
    expect(texts(el, 'title')).toEqual(en.items.map((i) => i.title));
    expect(texts(el, 'summary')).toEqual(en.items.map((i) => i.summary));
    expect(texts(el, 'details')).toEqual(en.items.map((i) => i.details));
    expect($$(el, '[part=details]').every(visible)).toBe(true);
    expect($$(el, '[part=title]').map((h) => h.localName)).toEqual(Array(5).fill('h2'));
    expect(shadow(el).querySelector('section')!.getAttribute('aria-label')).toBe(en.title);
    const icons = $$(el, 'svg[part=icon]');
    expect(icons.map((svg) => [svg.getAttribute('aria-hidden'), svg.getAttribute('viewBox')])).toEqual(
      Array(5).fill(['true', '0 0 24 24']),
    );
    expect(new Set(icons.map((svg) => svg.querySelector('path')!.getAttribute('d'))).size).toBe(5);
    expect(toggles(el)).toEqual([]);
    expect(shadow(el).querySelector('[part=intro]')).toBeNull();
    expect(errors).toEqual([]);
    await expectAccessible(el);
  });

  it('shows the intro (what back massage is, the science) above the list, at heading-level', async () => {
    const el = await mount('<knead-benefits intro heading-level="3"></knead-benefits>');
    const box = shadow(el).querySelector('[part=intro]')!;
    expect(box.querySelector('h3')!.textContent).toBe(intro.title);
    expect(box.textContent).toContain(intro.lead);
    expect([...box.querySelectorAll('dt')].map((n) => n.textContent)).toEqual(
      intro.topics.map((t) => t.title),
    );
    expect([...box.querySelectorAll('dd')].map((n) => n.textContent)).toEqual(
      intro.topics.map((t) => t.text),
    );
    expect(box.compareDocumentPosition(shadow(el).querySelector('ul')!)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect($$(el, '[part=title]').every((h) => h.localName === 'h3')).toBe(true);
    await expectAccessible(el);
  });

  it('puts details behind APG disclosure buttons, keyboard only, and fires knead-benefit-toggle', async () => {
    const el = await mount('<knead-benefits expandable></knead-benefits>');
    const events: unknown[] = [];
    el.addEventListener('knead-benefit-toggle', (e) => events.push(e.detail));
    const [first, second] = toggles(el);
    for (const button of toggles(el)) {
      const details = shadow(el).getElementById(button.getAttribute('aria-controls')!)!;
      expect(details.getAttribute('part')).toBe('details');
      expect(button.ariaExpanded).toBe('false');
      expect(visible(details)).toBe(false);
    }
    expect(first!.textContent).toBe(en.ui.showMore);
    await expectAccessible(el);

    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(first);
    await userEvent.keyboard('{Enter}');
    expect(first!.ariaExpanded).toBe('true');
    expect(first!.textContent).toBe(en.ui.showLess);
    expect(visible(shadow(el).getElementById('d-stress-relief')!)).toBe(true);
    await expectAccessible(el);
    await userEvent.tab();
    expect(shadow(el).activeElement).toBe(second);
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await userEvent.keyboard(' ');
    expect(toggles(el).map((b) => b.ariaExpanded)).toEqual(['false', 'true', 'false', 'false', 'false']);
    expect(events).toEqual([
      { id: 'stress-relief', open: true },
      { id: 'pain-reduction', open: true },
      { id: 'stress-relief', open: false },
    ]);
  });

  it('names each disclosure button by its benefit', async () => {
    const el = await mount('<knead-benefits expandable></knead-benefits>');
    const button = toggles(el)[1]!;
    const names = button
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => shadow(el).getElementById(id)!.textContent);
    expect(names).toEqual([en.ui.showMore, 'Pain reduction']);
  });

  it('limits, chooses and orders, and reports unknown ids once', async () => {
    const el = await mount('<knead-benefits limit="2"></knead-benefits>');
    expect(ids(el)).toEqual(['stress-relief', 'pain-reduction']);
    el.setAttribute('items', 'flexibility nope muscle-tension');
    el.setAttribute('limit', '3');
    await settle();
    expect(ids(el)).toEqual(['flexibility', 'muscle-tension']);
    expect(errors).toEqual([expect.objectContaining({ code: 'unknown-id' })]);
    expect(errors[0]!.message).toContain('nope');
    (el as KneadBenefitsElement).content = { benefits: { title: 'Renamed' } };
    await settle();
    expect(errors).toHaveLength(1);
  });

  it('rejects invalid attribute values with one knead-error each and keeps working', async () => {
    const el = await mount('<knead-benefits layout="masonry" limit="0" items="Bad Id!"></knead-benefits>');
    expect(errors.map((e) => e.code)).toEqual([
      'invalid-attribute',
      'invalid-attribute',
      'invalid-attribute',
    ]);
    expect(errors[1]!.message).toBe('limit="0" is not valid (expected 1 to 99); using all');
    expect(shadow(el).querySelector('section')!.className).toBe('list');
    expect(ids(el)).toHaveLength(5);
  });

  it('gives a benefit a spa adds the neutral icon', async () => {
    const el = await mount('<knead-benefits></knead-benefits>');
    (el as KneadBenefitsElement).content = {
      benefits: {
        items: [{ id: 'better-sleep', title: 'Better sleep', summary: 'Rest.', details: 'More rest.' }],
      },
    };
    await settle();
    const paths = $$(el, 'svg path').map((p) => p.getAttribute('d'));
    expect(ids(el).at(-1)).toBe('better-sleep');
    expect(paths.slice(0, 5)).not.toContain(paths[5]);
  });

  describe('layouts', () => {
    const columns = (el: Element) => new Set($$(el, 'li').map((li) => Math.round(rect(li).left))).size;
    const iconBeside = (el: Element) =>
      $$(el, 'li').every(
        (li) => rect(li.querySelector('svg')!).right <= rect(li.querySelector('[part=title]')!).left,
      );

    for (const width of [360, 1280]) {
      it(`list at ${width}px: one column, icons beside the text and aligned`, async () => {
        await page.viewport(width, 900);
        const el = await mount('<knead-benefits></knead-benefits>');
        expect(columns(el)).toBe(1);
        expect(iconBeside(el)).toBe(true);
        expect(new Set($$(el, 'svg').map((s) => rect(s).left)).size).toBe(1);
        expect(new Set($$(el, '[part=title]').map((t) => rect(t).left)).size).toBe(1);
        expect(rect(el).right).toBeLessThanOrEqual(width);
      });

      it(`compact at ${width}px: no cards, no details, one column`, async () => {
        await page.viewport(width, 900);
        const el = await mount('<knead-benefits layout="compact"></knead-benefits>');
        expect(columns(el)).toBe(1);
        expect(iconBeside(el)).toBe(true);
        expect($$(el, '[part=details]').some(visible)).toBe(false);
        expect(getComputedStyle($$(el, 'li')[0]!).backgroundColor).toBe('rgba(0, 0, 0, 0)');
        await expectAccessible(el);
      });
    }

    it('grid: one column at 360px, all five in a row at 1280px, icons and titles aligned', async () => {
      await page.viewport(360, 900);
      const el = await mount('<knead-benefits layout="grid"></knead-benefits>');
      expect(columns(el)).toBe(1);
      expect(rect(el).right).toBeLessThanOrEqual(360);
      await page.viewport(1280, 900);
      await settle();
      expect(columns(el)).toBe(5);
      const tops = (selector: string) => new Set($$(el, selector).map((n) => Math.round(rect(n).top))).size;
      expect(tops('svg')).toBe(1);
      expect(tops('[part=title]')).toBe(1);
      await page.viewport(800, 900);
      await settle();
      expect(columns(el)).toBe(3);
    });
  });

  it('is accessible in every layout and state, light and dark', async () => {
    for (const theme of ['light', 'dark'])
      for (const layout of ['list', 'grid', 'compact']) {
        const el = await mount(
          `<knead-benefits theme="${theme}" layout="${layout}" intro expandable></knead-benefits>`,
        );
        await expectAccessible(el);
        for (const button of toggles(el)) button.click();
        await settle();
        await expectAccessible(el);
      }
    const dark = await mount('<knead-benefits theme="dark"></knead-benefits>');
    expect(getComputedStyle(dark).backgroundColor).toBe('rgb(30, 27, 25)');
  });
});
