import { describe, expect, it } from 'vitest';
import {
  formatTemplate,
  getContent,
  locales,
  parseContent,
  plural,
  recommendTechniques,
  resolveLocale,
  type Technique,
} from '../src';
import * as en from '../src/locales/en';

const ids = (list: { id: string }[]) => list.map((item) => item.id);

describe('resolveLocale', () => {
  const available = ['en', 'es', 'es-MX', 'zh-Hant'];
  it.each([
    [undefined, 'en', true],
    [null, 'en', true],
    ['', 'en', true],
    ['en', 'en', true],
    ['EN-us', 'en', true],
    ['en_GB', 'en', true],
    ['es-MX', 'es-MX', true],
    ['es-mx', 'es-MX', true],
    ['es_MX', 'es-MX', true],
    ['ES', 'es', true],
    ['es-AR', 'es', true],
    ['es-419', 'es', true],
    ['zh-Hant-TW', 'zh-Hant', true],
    ['zh-Hans', 'en', false],
    ['fr', 'en', false],
    ['pt-BR', 'en', false],
  ])('resolves %j to %s (exact: %s)', (requested, locale, exact) => {
    expect(resolveLocale(requested, available)).toEqual({ locale, exact });
  });

  it('defaults to the built-in locales and falls back to the first when English is missing', () => {
    expect(locales).toContain('en');
    expect(resolveLocale('es-MX')).toEqual({ locale: 'es', exact: true });
    expect(resolveLocale('pt-BR')).toEqual({ locale: 'en', exact: false });
    expect(resolveLocale('de-AT', ['de', 'fr'])).toEqual({ locale: 'de', exact: true });
    expect(resolveLocale('it', ['de', 'fr'])).toEqual({ locale: 'de', exact: false });
  });
});

describe('getContent', () => {
  const sections: Record<string, unknown> = { ...en };
  it('assembles the shared section objects of the resolved locale', () => {
    for (const content of [getContent(), getContent('en-US'), getContent('xx')]) {
      expect(Object.keys(content).sort()).toEqual(Object.keys(sections).sort());
      for (const [name, section] of Object.entries(content)) expect(section).toBe(sections[name]);
    }
  });
});

describe('the English content', () => {
  const c = getContent('en');
  const all = (value: unknown): { id: string }[][] =>
    Array.isArray(value)
      ? [...(value.every((x) => typeof x?.id === 'string') ? [value] : []), ...value.flatMap(all)]
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(all)
        : [];

  it('parses, and every id list is unique', () => {
    expect(parseContent(c)).toEqual({ ok: true, value: c });
    const lists = all(c);
    expect(lists.length).toBe(10);
    for (const list of lists) expect(new Set(ids(list)).size).toBe(list.length);
  });

  it('covers every benefit, technique and question of the article', () => {
    expect(ids(c.benefits.items)).toEqual([
      'stress-relief',
      'pain-reduction',
      'blood-circulation',
      'muscle-tension',
      'flexibility',
    ]);
    expect(ids(c.techniques.items)).toEqual([
      'swedish',
      'deep-tissue',
      'shiatsu',
      'hot-stone',
      'aromatherapy',
    ]);
    expect(ids(c.faq.items)).toEqual([
      'pregnancy',
      'how-often',
      'persistent-pain',
      'side-effects',
      'athletes',
    ]);
    expect(ids(c.precautions.conditions)).toEqual([
      'fracture',
      'herniated-disc',
      'severe-osteoporosis',
      'pregnancy',
    ]);
    expect(ids(c.selfMassage.steps)).toEqual([
      'sit-comfortably',
      'knead-along-spine',
      'circular-motions',
      'roller-or-ball',
    ]);
    expect(ids(c.selfMassage.tools)).toEqual(['chair', 'foam-roller', 'tennis-ball']);
    expect(ids(c.therapist.tips)).toEqual(['recommendations', 'reviews', 'certifications']);
    expect(ids(c.techniques.goals)).toEqual(
      expect.arrayContaining([
        'relaxation',
        'chronic-pain',
        'muscle-tension',
        'energy-balance',
        'soothing-heat',
        'flexibility',
      ]),
    );
  });

  it('states the article’s facts', () => {
    const text = (t: Technique) => `${t.description} ${t.bestFor} ${t.note ?? ''}`.toLowerCase();
    const [swedish, deep, shiatsu, hotStone, aroma] = c.techniques.items as [Technique, ...Technique[]];
    expect(text(swedish)).toMatch(/gliding.*kneading.*relaxation/);
    expect(text(deep!)).toMatch(/deeper layers.*chronic pain.*muscle tension.*temporary soreness/);
    expect(text(shiatsu!)).toMatch(/japanese.*finger pressure.*energy/);
    expect(text(hotStone!)).toMatch(/stones.*relax the muscles/);
    expect(text(aroma!)).toMatch(/essential oils.*relaxation.*well-being/);
    expect(c.intro.topics.map((t) => t.text).join(' ')).toMatch(
      /oxygen and nutrients.*waste.*endorphins.*painkillers/s,
    );
    expect(c.precautions.disclaimer).toMatch(/not medical advice.*healthcare provider/);
    expect(c.precautions.rules.find((r) => r.id === 'pregnancy')?.reason).toMatch(
      /healthcare provider.*prenatal/,
    );
    expect(c.faq.items[3]?.answer).toMatch(/temporary soreness or tenderness.*deep tissue/);
    expect(c.therapist.closing).toMatch(/tailors/);
  });

  it('serves every goal with a technique and times only the active steps', () => {
    const served = new Set(c.techniques.items.flatMap((t) => t.goals));
    expect([...served].sort()).toEqual(ids(c.techniques.goals).sort());
    expect(c.selfMassage.steps.map((s) => s.durationSeconds)).toEqual([undefined, 60, 60, 60]);
  });

  it('has templates with the placeholders the widgets fill', () => {
    const { techniques, selfMassage, faq } = c;
    expect(formatTemplate(selfMassage.ui.stepOf, { current: 2, total: 4 })).toBe('Step 2 of 4');
    expect(formatTemplate(selfMassage.ui.timeLeft, { time: '0:30' })).toBe('0:30 left');
    expect(plural(faq.ui.count, 1, 'en', 5)).toBe('1 of 5 questions');
    expect(plural(faq.ui.count, 1200, 'en', 1500)).toBe('1,200 of 1,500 questions');
    expect(plural(techniques.ui.matches, 1, 'en')).toBe('1 technique matches');
    expect(plural(techniques.ui.matches, 3, 'en')).toBe('3 techniques match');
    expect(plural(techniques.ui.matches, 0, 'en')).toBe('0 techniques match');
    expect(recommendTechniques(c, { goals: ['soothing-heat'], pressure: 'medium' })[0]?.reason).toBe(
      'Matches soothing heat; medium pressure',
    );
  });
});

describe('plural and formatTemplate', () => {
  it('picks the form by the locale’s plural rules', () => {
    const p = { one: 'one {count}', other: 'other {count}' };
    expect([0, 1, 2, 1.5].map((n) => plural(p, n, 'en'))).toEqual([
      'other 0',
      'one 1',
      'other 2',
      'other 1.5',
    ]);
    expect(plural(p, 0, 'fr')).toBe('one 0');
    expect(plural(p, 1, 'ja')).toBe('other 1');
    const ar = (n: number) => new Intl.NumberFormat('ar').format(n); // Node's ICU: Latin digits
    const arabic = { zero: 'z', one: 'o', two: 't', few: 'f {count}', many: 'm {count}', other: 'x {count}' };
    expect([0, 1, 2, 3, 11, 100].map((n) => plural(arabic, n, 'ar'))).toEqual([
      'z',
      'o',
      't',
      `f ${ar(3)}`,
      `m ${ar(11)}`,
      `x ${ar(100)}`,
    ]);
    expect(plural({ other: 'only {count}' }, 1, 'en')).toBe('only 1');
  });

  it('fills known placeholders and leaves the others', () => {
    expect(formatTemplate('{a} and {b}, {a}{c}', { a: 1, b: 'two' })).toBe('1 and two, 1{c}');
    expect(formatTemplate('no placeholders', {})).toBe('no placeholders');
  });
});
