import { type PressurePreference, precautionsByLocale, techniquesByLocale } from '@knead/content';
import { signal } from '@preact/signals-core';
import { describe, expect, it, vi } from 'vitest';
import { bookingHref, createTechniquePickerModel } from '../src/technique-picker/technique-picker.model';

const content = signal({ techniques: techniquesByLocale.en!, precautions: precautionsByLocale.en! });
const ORDER = ['swedish', 'deep-tissue', 'shiatsu', 'hot-stone', 'aromatherapy'];

function setup(attrs: { goals?: string[]; pressure?: PressurePreference; bookingUrl?: string } = {}) {
  const input = {
    content,
    locale: signal('en'),
    initialGoals: signal(attrs.goals ?? []),
    initialPressure: signal<PressurePreference>(attrs.pressure ?? 'any'),
    bookingUrl: signal(attrs.bookingUrl ?? ''),
    conditions: signal<string[]>([]),
    emit: vi.fn((..._args: unknown[]) => true),
  };
  return { input, model: createTechniquePickerModel(input) };
}
type Model = ReturnType<typeof setup>['model'];
const ranked = (model: Model) => model.results.value.map((t) => t.id);

describe('bookingHref', () => {
  const cases: [string, string | undefined][] = [
    ['https://spa.example/book?t={technique}', 'https://spa.example/book?t=deep-tissue'],
    ['http://spa.example/{technique}/{technique}', 'http://spa.example/deep-tissue/deep-tissue'],
    ['HTTPS://spa.example/book', 'HTTPS://spa.example/book'],
    ['/book/{technique}', '/book/deep-tissue'],
    ['book.html?t={technique}', 'book.html?t=deep-tissue'],
    ['?treatment={technique}', '?treatment=deep-tissue'],
    ['#book-{technique}', '#book-deep-tissue'],
    ['//spa.example/book', '//spa.example/book'],
    ['  /book  ', '/book'],
    ['', undefined],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    [' \tjavascript:alert(1)', undefined],
    ['\u0000javascript:alert(1)', undefined],
    ['\u0001 javascript:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['java\nscript:alert(1)', undefined],
    ['java\rscript:alert(1)', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['DATA:text/html;base64,PHNjcmlwdD4=', undefined],
    ['blob:https://spa.example/uuid', undefined],
    ['file:///etc/passwd', undefined],
    ['mailto:desk@spa.example', undefined],
    ['{technique}:alert(1)', undefined],
    ['http://[::1', undefined],
  ];
  it.each(cases)('%j → %j', (template, expected) => {
    expect(bookingHref(template, 'deep-tissue')).toBe(expected);
  });

  it('URL-encodes the technique id and refuses ids that would form a scheme', () => {
    expect(bookingHref('/book?t={technique}', 'a b&c=d')).toBe('/book?t=a%20b%26c%3Dd');
    expect(bookingHref('{technique}:alert(1)', 'javascript')).toBeUndefined();
  });
});

describe('technique picker model', () => {
  it('lists every technique in content order with nothing chosen, all counted', () => {
    const { model } = setup();
    expect(ranked(model)).toEqual(ORDER);
    expect(model.status.value).toBe('5 techniques match');
    expect(
      model.results.value.every((t) => !t.match && !t.reason && !t.selected && !t.href && !t.warning),
    ).toBe(true);
    expect(model.results.value[0]).toMatchObject({ name: 'Swedish massage', pressure: 'gentle' });
  });

  it('ranks chronic pain: deep tissue first, with a visitor-readable reason', () => {
    const { model } = setup({ goals: ['chronic-pain'] });
    expect(ranked(model)[0]).toBe('deep-tissue');
    expect(model.results.value[0]!.reason).toBe('Matches chronic pain');
    expect(model.status.value).toBe('1 technique matches');
  });

  it('passes goals, pressure and conditions through to recommendTechniques unchanged', async () => {
    const { recommendTechniques } = await import('@knead/content');
    const { input, model } = setup({ goals: ['muscle-tension', 'relaxation'], pressure: 'gentle' });
    input.conditions.value = ['herniated-disc'];
    const expected = recommendTechniques(content.value, {
      goals: ['relaxation', 'muscle-tension'],
      pressure: 'gentle',
      conditions: ['herniated-disc'],
    });
    expect(model.results.value.map((t) => [t.id, t.reason])).toEqual(
      expected.map((r) => [r.technique.id, r.reason]),
    );
  });

  it('counts techniques that serve a chosen goal or the chosen pressure', () => {
    const { model } = setup();
    model.setPressure('gentle');
    expect(model.results.value.filter((t) => t.match).map((t) => t.id)).toEqual(['swedish', 'aromatherapy']);
    expect(model.status.value).toBe('2 techniques match');
    model.toggleGoal('soothing-heat', true);
    expect(ranked(model).slice(0, 3)).toEqual(['hot-stone', 'swedish', 'aromatherapy']);
    expect(model.status.value).toBe('3 techniques match');
    expect(model.results.value.find((t) => !t.match)!.reason).toBe('Another option to explore');
    model.setPressure('any');
    model.toggleGoal('soothing-heat', false);
    expect(model.status.value).toBe('5 techniques match');
    expect(model.results.value.every((t) => !t.reason)).toBe(true);
    model.setGoals(['muscle-tension', 'flexibility']);
    expect(model.results.value.filter((t) => t.match).map((t) => t.id)).toEqual(['deep-tissue', 'hot-stone']);
  });

  it('starts from the attributes, keeps goals known and in content order, and names unknown ones', () => {
    const { input, model } = setup({ goals: ['well-being', 'nope', 'relaxation'], pressure: 'firm' });
    expect(model.goals.value).toEqual(['relaxation', 'well-being']);
    expect(model.unknownGoals.value).toBe('nope');
    expect(model.pressure.value).toBe('firm');
    model.setGoals(['flexibility', 'zzz']);
    input.initialGoals.value = ['relaxation']; // the visitor's choice wins from now on
    expect(model.goals.value).toEqual(['flexibility']);
    model.setPressure('bogus' as PressurePreference);
    model.setPressure('toString' as PressurePreference);
    expect(model.pressure.value).toBe('firm');
  });

  it('marks techniques the precautions advise against and ranks them last; ignores unknown conditions', () => {
    const { input, model } = setup({ goals: ['chronic-pain'] });
    input.conditions.value = ['fracture', 'not-a-condition'];
    const last = model.results.value.at(-1)!;
    expect(last.id).toBe('deep-tissue');
    expect(last.warning).toBe(precautionsByLocale.en!.rules[0]!.reason);
    expect(model.ui.value.advisedAgainst).toBe('Not advised for you');
    input.conditions.value = [];
    expect(ranked(model)[0]).toBe('deep-tissue');
  });

  it('selects from the visitor or from outside, emitting only on change', () => {
    const { input, model } = setup({ goals: ['relaxation'], pressure: 'gentle' });
    model.toggleTechnique('swedish');
    model.selectTechnique('swedish');
    model.selectTechnique('nope');
    expect(model.selected.value).toBe('swedish');
    expect(model.results.value.find((t) => t.selected)!.id).toBe('swedish');
    model.selectTechnique('shiatsu');
    model.toggleTechnique('shiatsu');
    expect(model.selected.value).toBeNull();
    expect(input.emit.mock.calls).toEqual([
      ['knead-technique-select', { techniqueId: 'swedish', goals: ['relaxation'], pressure: 'gentle' }],
      ['knead-technique-select', { techniqueId: 'shiatsu', goals: ['relaxation'], pressure: 'gentle' }],
      ['knead-technique-select', { techniqueId: null, goals: ['relaxation'], pressure: 'gentle' }],
    ]);
  });

  it('books: selects, emits a cancelable knead-book, and reports whether to navigate', () => {
    const { input, model } = setup({ bookingUrl: '/book?t={technique}' });
    expect(model.results.value.map((t) => t.href)).toEqual(ORDER.map((id) => `/book?t=${id}`));
    expect(model.book('hot-stone')).toBe(true);
    input.emit.mockReturnValueOnce(false);
    expect(model.book('hot-stone')).toBe(false);
    expect(input.emit.mock.calls).toEqual([
      ['knead-technique-select', { techniqueId: 'hot-stone', goals: [], pressure: 'any' }],
      ['knead-book', { techniqueId: 'hot-stone', url: '/book?t=hot-stone' }, true],
      ['knead-book', { techniqueId: 'hot-stone', url: '/book?t=hot-stone' }, true],
    ]);
    input.bookingUrl.value = '';
    expect(model.book('hot-stone')).toBe(false);
    expect(input.emit).toHaveBeenCalledTimes(3);
  });

  it('takes UI strings from the content over the fallbacks', () => {
    const { model } = setup();
    expect(model.ui.value.choose).toBe('Choose');
    expect(model.ui.value.book).toBe('Book this massage');
  });

  it('exposes the choices as `value` and sets them from a value, silently and normalised', () => {
    const { input, model } = setup({ goals: ['relaxation'] });
    expect(model.value.value).toEqual({ goals: ['relaxation'], pressure: 'any' });
    model.setValue({ goals: ['flexibility', 'chronic-pain', 'nope'], pressure: 'firm' });
    expect(model.value.value).toEqual({ goals: ['chronic-pain', 'flexibility'], pressure: 'firm' });
    model.setValue({});
    expect(model.value.value).toEqual({ goals: [], pressure: 'any' });
    model.setValue({ goals: ['relaxation'], pressure: 'hard' as PressurePreference });
    expect(model.value.value).toEqual({ goals: ['relaxation'], pressure: 'any' });
    expect(input.emit).not.toHaveBeenCalled();
  });
});
