import { describe, expect, it } from 'vitest';
import { fold, highlight, MAX_MARKS, matchesAll, searchWords } from '../src/internal/text';

describe('search text', () => {
  it('folds case, accents and Arabic tashkeel and tatweel away', () => {
    expect(fold('Grossesse')).toBe('grossesse');
    expect(fold('Técnica RÜCKEN')).toBe('tecnica rucken');
    expect(fold('الحَمْل')).toBe('الحمل');
    expect(fold('تـدليك')).toBe('تدليك');
    expect(searchWords('  Embarazó   ESPALDA ')).toEqual(['embarazo', 'espalda']);
  });

  it('matches regardless of case, accents and tashkeel', () => {
    expect(matchesAll(searchWords('grossesse'), 'Pendant la Grossesse ?')).toBe(true);
    expect(matchesAll(searchWords('tecnica'), '¿Qué técnica?')).toBe(true);
    expect(matchesAll(searchWords('técnica'), '¿Qué tecnica?')).toBe(true);
    expect(matchesAll(searchWords('الحَمْل'), 'أثناء الحمل؟')).toBe(true);
    expect(matchesAll(searchWords('الحمل'), 'أثناء الحَمْل؟')).toBe(true);
    expect(matchesAll(searchWords('massage yoga'), 'massage')).toBe(false);
  });

  it('marks at most MAX_MARKS matches in one text, and keeps all of it', () => {
    const text = 'a b '.repeat(5000);
    const parts = highlight(text, ['a']) as ({ match: string } | string)[];
    expect(parts.filter((p) => typeof p !== 'string')).toHaveLength(MAX_MARKS);
    expect(parts.map((p) => (typeof p === 'string' ? p : p.match)).join('')).toBe(text);
  });

  it('highlights the original letters, marks included', () => {
    expect(highlight('¿Qué técnica?', searchWords('tecnica'))).toEqual(['¿Qué ', { match: 'técnica' }, '?']);
    expect(highlight('أثناء الحَمْل؟', searchWords('الحمل'))).toEqual(['أثناء ', { match: 'الحَمْل' }, '؟']);
    expect(highlight('Rückenmassage', searchWords('RUCKEN'))).toEqual([{ match: 'Rücken' }, 'massage']);
    expect(highlight('a+b (c)', searchWords('(c)'))).toEqual(['a+b ', { match: '(c)' }]);
    expect(highlight('plain', [])).toBe('plain');
  });
});
