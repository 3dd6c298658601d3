import { describe, expect, it } from 'vitest';
import { getContent, mergeContent, parseContent, parseSections } from '../src';
import * as en from '../src/locales/en';

// biome-ignore lint/suspicious/noExplicitAny: tests break content on purpose
type Loose = any;

/** A deep copy of the English content, changed by `change`. */
const broken = (change: (c: Loose) => void) => {
  const c = structuredClone(getContent());
  change(c);
  return c;
};

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object') for (const v of Object.values(Object.freeze(value))) deepFreeze(v);
  return value;
};

const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('parseContent', () => {
  it('accepts the English content and returns it as is', () => {
    const content = getContent();
    expect(parseContent(content)).toEqual({ ok: true, value: content });
  });

  it('ignores unknown keys and accepts omitted optional fields', () => {
    const c = broken((c) => {
      c.extra = 1;
      c.faq.items[0].tag = 'x';
      delete c.techniques.items[1].note;
      delete c.selfMassage.steps[1].durationSeconds;
    });
    expect(parseContent(c).ok).toBe(true);
  });

  it.each([
    [
      'wrong type',
      (c: Loose) => (c.faq.items[2].answer = 5),
      'faq.items[2].answer',
      'expected a non-empty string',
    ],
    ['empty string', (c: Loose) => (c.intro.title = ''), 'intro.title', 'expected a non-empty string'],
    [
      'missing field',
      (c: Loose) => delete c.benefits.items[0].details,
      'benefits.items[0].details',
      'required',
    ],
    ['missing section', (c: Loose) => delete c.therapist, 'therapist', 'required'],
    ['section not an object', (c: Loose) => (c.faq = []), 'faq', 'expected an object'],
    ['list not an array', (c: Loose) => (c.faq.items = {}), 'faq.items', 'expected an array'],
    [
      'item not an object',
      (c: Loose) => (c.therapist.tips[1] = 'x'),
      'therapist.tips[1]',
      'expected an object',
    ],
    ['missing plural form', (c: Loose) => delete c.faq.ui.count.other, 'faq.ui.count.other', 'required'],
    [
      'missing verdict',
      (c: Loose) => delete c.precautions.verdicts.consult,
      'precautions.verdicts.consult',
      'required',
    ],
    [
      'missing pressure label',
      (c: Loose) => delete c.techniques.ui.pressures.any,
      'techniques.ui.pressures.any',
      'required',
    ],
    [
      'bad id',
      (c: Loose) => (c.techniques.goals[0].id = 'Chronic Pain'),
      'techniques.goals[0].id',
      'expected a kebab-case id',
    ],
    ['missing id', (c: Loose) => delete c.intro.topics[0].id, 'intro.topics[0].id', 'required'],
    [
      'bad id reference',
      (c: Loose) => (c.techniques.items[0].goals[0] = 'a_b'),
      'techniques.items[0].goals[0]',
      'expected a kebab-case id',
    ],
    [
      'duplicate id',
      (c: Loose) => (c.faq.items[1].id = 'pregnancy'),
      'faq.items[1].id',
      'duplicate id "pregnancy"',
    ],
    [
      'unknown pressure',
      (c: Loose) => (c.techniques.items[0].pressure = 'hard'),
      'techniques.items[0].pressure',
      'expected one of gentle, medium, firm',
    ],
    [
      'unknown verdict',
      (c: Loose) => (c.precautions.rules[0].verdict = 'maybe'),
      'precautions.rules[0].verdict',
      'expected one of ok, consult, avoid-intense',
    ],
    [
      'negative duration',
      (c: Loose) => (c.selfMassage.steps[1].durationSeconds = -1),
      'selfMassage.steps[1].durationSeconds',
      'expected a number ≥ 0',
    ],
    [
      'NaN duration',
      (c: Loose) => (c.selfMassage.steps[1].durationSeconds = Number.NaN),
      'selfMassage.steps[1].durationSeconds',
      'expected a number ≥ 0',
    ],
    [
      'optional of wrong type',
      (c: Loose) => (c.techniques.items[0].note = 1),
      'techniques.items[0].note',
      'expected a non-empty string',
    ],
    [
      'unknown goal',
      (c: Loose) => (c.techniques.items[1].goals[1] = 'sleep'),
      'techniques.items[1].goals[1]',
      'unknown goal "sleep"',
    ],
    [
      'unknown condition',
      (c: Loose) => (c.precautions.rules[0].conditions[1] = 'flu'),
      'precautions.rules[0].conditions[1]',
      'unknown condition "flu"',
    ],
    [
      'unknown advised technique',
      (c: Loose) => (c.precautions.rules[0].advisesAgainst[0] = 'reiki'),
      'precautions.rules[0].advisesAgainst[0]',
      'unknown technique "reiki"',
    ],
    [
      'unknown rule technique',
      (c: Loose) => (c.precautions.rules[2].techniques = ['reiki']),
      'precautions.rules[2].techniques[0]',
      'unknown technique "reiki"',
    ],
    [
      'rule without scope',
      (c: Loose) => delete c.precautions.rules[2].techniques,
      'precautions.rules[2]',
      'expected conditions or techniques',
    ],
    [
      'rule with empty scope',
      (c: Loose) => (c.precautions.rules[1].conditions = []),
      'precautions.rules[1]',
      'expected conditions or techniques',
    ],
  ])('reports %s', (_, change, path, message) => {
    expect(parseContent(broken(change))).toEqual({ ok: false, issues: [{ path, message }] });
  });

  it('collects every issue', () => {
    const c = broken((c) => {
      c.intro.lead = null;
      c.faq.items[4].question = 1;
    });
    expect(parseContent(c)).toEqual({
      ok: false,
      issues: [
        { path: 'intro.lead', message: 'expected a non-empty string' },
        { path: 'faq.items[4].question', message: 'expected a non-empty string' },
      ],
    });
  });

  it.each([null, undefined, 'en', 3, []])('rejects the non-object %j', (input) => {
    expect(parseContent(input)).toEqual({
      ok: false,
      issues: [{ path: '(root)', message: 'expected an object' }],
    });
  });
});

describe('parseSections', () => {
  it('validates only the named sections', () => {
    expect(parseSections({ faq: en.faq, intro: 1 }, ['faq'])).toEqual({
      ok: true,
      value: { faq: en.faq, intro: 1 },
    });
    expect(parseSections({ faq: en.faq }, ['faq', 'intro'])).toEqual({
      ok: false,
      issues: [{ path: 'intro', message: 'required' }],
    });
  });

  it('checks technique references only when the techniques section is validated', () => {
    const precautions = broken((c) => (c.precautions.rules[0].advisesAgainst = ['reiki'])).precautions;
    expect(parseSections({ precautions }, ['precautions']).ok).toBe(true);
    expect(parseSections({ precautions, techniques: en.techniques }, ['precautions', 'techniques'])).toEqual({
      ok: false,
      issues: [{ path: 'precautions.rules[0].advisesAgainst[0]', message: 'unknown technique "reiki"' }],
    });
  });
});

describe('mergeContent', () => {
  const base = deepFreeze(getContent());
  const merged = (override: unknown) => {
    const result = mergeContent(base, deepFreeze(override));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    return result.value;
  };

  it('changes a field and keeps the identity of everything untouched', () => {
    const value = merged({ faq: { title: 'Questions' }, nonsense: 1 });
    expect(value.faq.title).toBe('Questions');
    expect(value.faq.items).toBe(en.faq.items);
    expect(value.faq.ui).toBe(en.faq.ui);
    for (const name of [
      'intro',
      'benefits',
      'techniques',
      'precautions',
      'selfMassage',
      'therapist',
    ] as const)
      expect(value[name]).toBe(getContent()[name]);
    expect(base.faq.title).toBe('Frequently asked questions');
    expect(value).not.toHaveProperty('nonsense');
  });

  it('merges id-list items by id, in place', () => {
    const value = merged({ faq: { items: [{ id: 'athletes', answer: 'Yes!' }] } });
    expect(ids(value.faq.items)).toEqual(ids(en.faq.items));
    expect(value.faq.items[4]).toEqual({ ...en.faq.items[4], answer: 'Yes!' });
    expect(value.faq.items[0]).toBe(en.faq.items[0]);
  });

  it('appends new ids and removes `{ id, remove: true }`', () => {
    const item = { id: 'price', question: 'What does it cost?', answer: 'Ask us.' };
    const value = merged({ faq: { items: [{ id: 'pregnancy', remove: true }, item] } });
    expect(ids(value.faq.items)).toEqual([
      'how-often',
      'persistent-pain',
      'side-effects',
      'athletes',
      'price',
    ]);
    expect(value.faq.items[4]).toEqual(item);
  });

  it('replaces primitives and arrays without ids', () => {
    const value = merged({
      techniques: { items: [{ id: 'deep-tissue', goals: ['chronic-pain'], pressure: 'medium' }] },
      faq: { ui: { count: { other: '{count} found' } } },
    });
    expect(value.techniques.items[1]).toMatchObject({ goals: ['chronic-pain'], pressure: 'medium' });
    expect(value.faq.ui.count).toEqual({ one: en.faq.ui.count.one, other: '{count} found' });
  });

  it('puts the ids of `order` first and keeps the rest in order', () => {
    const value = merged({ order: { 'faq.items': ['side-effects', 'athletes', 'side-effects'] } });
    expect(ids(value.faq.items)).toEqual([
      'side-effects',
      'athletes',
      'pregnancy',
      'how-often',
      'persistent-pain',
    ]);
    expect(value.intro).toBe(en.intro);
    expect(ids(base.faq.items)[0]).toBe('pregnancy');
  });

  it('ignores sections that the base lacks', () => {
    const result = mergeContent({ faq: en.faq }, { intro: 5, order: { 'intro.topics': ['x'] } });
    expect(result).toEqual({ ok: true, value: { faq: en.faq } });
  });

  it.each([
    ['a non-object', 'x', '(root)', 'expected an object'],
    [
      'an unknown id to remove',
      { faq: { items: [{ id: 'nope', remove: true }] } },
      'faq.items[0]',
      'unknown id "nope"',
    ],
    [
      'an unknown id in order',
      { order: { 'faq.items': ['athletes', 'athletes', 'nope'] } },
      'order["faq.items"][2]',
      'unknown id "nope"',
    ],
    [
      'an order path that is no id list',
      { order: { 'faq.title': ['a'] } },
      'order["faq.title"]',
      'expected the path of an id list',
    ],
    [
      'an order path through a primitive',
      { order: { 'faq.title.x': ['a'] } },
      'order["faq.title.x"]',
      'expected the path of an id list',
    ],
    [
      'order ids that are not strings',
      { order: { 'faq.items': [1] } },
      'order["faq.items"]',
      'expected an array of ids',
    ],
    ['an order that is not an object', { order: [] }, 'order', 'expected an object'],
    ['an invalid value', { faq: { title: 5 } }, 'faq.title', 'expected a non-empty string'],
    [
      'an incomplete new item',
      { faq: { items: [{ id: 'new', question: 'Q?' }] } },
      'faq.items[5].answer',
      'required',
    ],
    [
      'a bad new id',
      { faq: { items: [{ id: 'New', question: 'Q?', answer: 'A.' }] } },
      'faq.items[5].id',
      'expected a kebab-case id',
    ],
  ])('reports %s', (_, override, path, message) => {
    expect(mergeContent(base, deepFreeze(override))).toEqual({ ok: false, issues: [{ path, message }] });
  });

  it('validates references after a removal', () => {
    expect(mergeContent(base, { techniques: { items: [{ id: 'deep-tissue', remove: true }] } })).toEqual({
      ok: false,
      issues: [
        { path: 'precautions.rules[0].advisesAgainst[0]', message: 'unknown technique "deep-tissue"' },
        { path: 'precautions.rules[2].techniques[0]', message: 'unknown technique "deep-tissue"' },
      ],
    });
  });

  it('ignores `__proto__` keys from JSON', () => {
    const value = merged(JSON.parse('{"faq":{"__proto__":{"title":"x"},"ui":{"__proto__":{"clear":"y"}}}}'));
    expect(Object.getPrototypeOf(value.faq)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(value.faq.ui)).toBe(Object.prototype);
  });

  it('never mutates its inputs', () => {
    const override = {
      faq: { items: [{ id: 'new', question: 'Q?', answer: 'A.' }] },
      order: { 'faq.items': ['new'] },
    };
    const before = JSON.stringify([base, override]);
    expect(mergeContent(base, override).ok).toBe(true);
    expect(JSON.stringify([base, override])).toBe(before);
  });
});
