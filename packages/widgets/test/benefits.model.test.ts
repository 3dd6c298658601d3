import { benefitsByLocale } from '@knead/content';
import { signal } from '@preact/signals-core';
import { describe, expect, it, vi } from 'vitest';
import { type BenefitsLayout, createBenefitsModel } from '../src/benefits/benefits.model';

const en = benefitsByLocale.en!;
const ALL = en.items.map((item) => item.id);

function setup(
  attrs: { ids?: string[]; limit?: number; layout?: BenefitsLayout; expandable?: boolean } = {},
) {
  const input = {
    section: signal(en),
    ids: signal(attrs.ids ?? []),
    limit: signal(attrs.limit ?? 0),
    layout: signal<BenefitsLayout>(attrs.layout ?? 'list'),
    expandable: signal(attrs.expandable ?? false),
    emit: vi.fn(),
  };
  return { input, model: createBenefitsModel(input) };
}
const ids = (model: ReturnType<typeof setup>['model']) => model.items.value.map((item) => item.id);

describe('benefits model', () => {
  it('shows the five benefits in content order with all their text', () => {
    const { model } = setup();
    expect(ids(model)).toEqual(ALL);
    expect(ALL).toEqual([
      'stress-relief',
      'pain-reduction',
      'blood-circulation',
      'muscle-tension',
      'flexibility',
    ]);
    expect(model.items.value[0]).toMatchObject({ ...en.items[0], open: false, shown: true });
    expect(model.unknown.value).toBe('');
  });

  it('limits to the first N, and 0 means all', () => {
    const { input, model } = setup({ limit: 2 });
    expect(ids(model)).toEqual(['stress-relief', 'pain-reduction']);
    input.limit.value = 9;
    expect(ids(model)).toEqual(ALL);
    input.limit.value = 0;
    expect(ids(model)).toEqual(ALL);
  });

  it('chooses and orders with items, then applies the limit', () => {
    const { input, model } = setup({ ids: ['flexibility', 'stress-relief', 'pain-reduction'] });
    expect(ids(model)).toEqual(['flexibility', 'stress-relief', 'pain-reduction']);
    input.limit.value = 2;
    expect(ids(model)).toEqual(['flexibility', 'stress-relief']);
  });

  it('ignores unknown ids and names them once, as one string', () => {
    const { input, model } = setup({ ids: ['nope', 'flexibility', 'also-not'] });
    expect(ids(model)).toEqual(['flexibility']);
    expect(model.unknown.value).toBe('nope also-not');
    const seen: string[] = [];
    model.unknown.subscribe((value) => seen.push(value));
    input.section.value = { ...en }; // new content, same unknown ids: no new notification
    expect(seen).toEqual(['nope also-not']);
    input.ids.value = ['nope'];
    expect(ids(model)).toEqual(ALL); // only unknown ids: as if the attribute were absent
  });

  it('shows benefits a spa adds (they get the neutral icon in the view)', () => {
    const { input, model } = setup({ ids: ['hydration'] });
    input.section.value = {
      ...en,
      items: [...en.items, { id: 'hydration', title: 'H', summary: 'S', details: 'D' }],
    };
    expect(ids(model)).toEqual(['hydration']);
    expect(model.unknown.value).toBe('');
  });

  it('toggles details when expandable and emits knead-benefit-toggle', () => {
    const { input, model } = setup({ expandable: true });
    expect(model.items.value.map((item) => item.shown)).toEqual([false, false, false, false, false]);
    model.toggle('pain-reduction');
    model.toggle('flexibility');
    model.toggle('pain-reduction');
    model.toggle('unknown');
    expect(model.items.value.filter((item) => item.open).map((item) => item.id)).toEqual(['flexibility']);
    expect(model.items.value.find((item) => item.open)!.shown).toBe(true);
    expect(input.emit.mock.calls).toEqual([
      ['knead-benefit-toggle', { id: 'pain-reduction', open: true }],
      ['knead-benefit-toggle', { id: 'flexibility', open: true }],
      ['knead-benefit-toggle', { id: 'pain-reduction', open: false }],
    ]);
  });

  it('hides details in the compact layout unless expandable', () => {
    const { input, model } = setup({ layout: 'compact' });
    expect(model.items.value.every((item) => !item.shown)).toBe(true);
    input.layout.value = 'grid';
    expect(model.items.value.every((item) => item.shown)).toBe(true);
  });
});
