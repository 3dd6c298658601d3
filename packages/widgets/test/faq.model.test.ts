import { faqByLocale } from '@knead/content';
import { signal } from '@preact/signals-core';
import { describe, expect, it } from 'vitest';
import { createFaqModel, type FaqToggleDetail } from '../src/faq/faq.model';
import { highlight, searchWords } from '../src/internal/text';

const content = signal({ faq: faqByLocale.en! });

function setup({ multiple = false, open = [] as string[] } = {}) {
  const events: FaqToggleDetail[] = [];
  const model = createFaqModel({
    content,
    locale: signal('en'),
    multiple: signal(multiple),
    initiallyOpen: signal(open),
    emit: (_type, detail) => events.push(detail),
  });
  return { model, events };
}

describe('createFaqModel', () => {
  it('keeps one question open at a time by default, with an event for each change', () => {
    const { model, events } = setup();
    model.toggle('pregnancy');
    model.toggle('athletes');
    expect(model.openIds()).toEqual(['athletes']);
    model.toggle('athletes');
    expect(model.openIds()).toEqual([]);
    expect(events).toEqual([
      { id: 'pregnancy', open: true },
      { id: 'pregnancy', open: false },
      { id: 'athletes', open: true },
      { id: 'athletes', open: false },
    ]);
  });

  it('keeps several open with multiple', () => {
    const { model } = setup({ multiple: true });
    model.setOpen('pregnancy', true);
    model.setOpen('athletes', true);
    expect(model.openIds()).toEqual(['pregnancy', 'athletes']);
  });

  it('opens the `open` ids at start, the first only in single mode, ignoring unknown ids', () => {
    expect(setup({ open: ['nope', 'athletes', 'pregnancy'] }).model.openIds()).toEqual(['athletes']);
    expect(setup({ multiple: true, open: ['athletes', 'nope', 'pregnancy'] }).model.openIds()).toEqual([
      'athletes',
      'pregnancy',
    ]);
  });

  it('ignores no-op and unknown changes without events', () => {
    const { model, events } = setup({ open: ['athletes'] });
    model.setOpen('athletes', true);
    model.setOpen('how-often', false);
    model.setOpen('unknown', true);
    expect(events).toEqual([]);
  });

  it('searches questions and answers by every word, case-insensitively, and counts', () => {
    const { model } = setup();
    expect(model.count()).toBe('5 of 5 questions');
    model.search('PRENATAL therapist');
    expect(model.results().map((r) => r.id)).toEqual(['pregnancy']);
    expect(model.count()).toBe('1 of 5 questions');
    model.search('soreness');
    expect(model.results().map((r) => r.id)).toEqual(['side-effects', 'athletes']);
    model.search('zzz');
    expect(model.results()).toEqual([]);
    expect(model.empty()).toBe('No questions match “zzz”.');
  });

  it('marks every match for highlighting, keeping the original text', () => {
    expect(highlight('Deep tissue: deep relief', searchWords('deep'))).toEqual([
      { match: 'Deep' },
      ' tissue: ',
      { match: 'deep' },
      ' relief',
    ]);
    expect(highlight('a (b) c', searchWords('(b)'))).toEqual(['a ', { match: '(b)' }, ' c']);
    expect(highlight('plain', [])).toBe('plain');
  });
});
