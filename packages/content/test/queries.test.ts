import { describe, expect, it } from 'vitest';
import { assessPrecautions, getContent, type PressurePreference, recommendTechniques } from '../src';

const content = getContent('en');
const { techniques, precautions } = content;
const intenseReason = precautions.rules.find((r) => r.id === 'avoid-intense')!.reason;
const rank = (input: Parameters<typeof recommendTechniques>[1]) =>
  recommendTechniques(content, input).map((r) => r.technique.id);

describe('recommendTechniques', () => {
  const pressures: PressurePreference[] = ['any', 'gentle', 'medium', 'firm'];
  // Top technique per single goal, for each pressure in the order above (from the article's descriptions;
  // gentle: Swedish, aromatherapy; medium: shiatsu, hot stone; firm: deep tissue).
  const tops: Record<string, string[]> = {
    relaxation: ['swedish', 'swedish', 'swedish', 'swedish'],
    'chronic-pain': ['deep-tissue', 'deep-tissue', 'deep-tissue', 'deep-tissue'],
    'muscle-tension': ['deep-tissue', 'hot-stone', 'hot-stone', 'deep-tissue'],
    'energy-balance': ['shiatsu', 'shiatsu', 'shiatsu', 'shiatsu'],
    'soothing-heat': ['hot-stone', 'hot-stone', 'hot-stone', 'hot-stone'],
    flexibility: ['deep-tissue', 'hot-stone', 'hot-stone', 'deep-tissue'],
    'well-being': ['aromatherapy', 'aromatherapy', 'aromatherapy', 'aromatherapy'],
  };

  it('has an expectation for every goal', () => {
    expect(Object.keys(tops).sort()).toEqual(techniques.goals.map((g) => g.id).sort());
  });

  it.each(
    Object.entries(tops).flatMap(([goal, expected]) =>
      pressures.map((pressure, i) => [goal, pressure, expected[i]!]),
    ),
  )('%s with %s pressure ranks %s first, deterministically', (goal, pressure, top) => {
    const input = { goals: [goal], pressure: pressure as PressurePreference };
    const ranked = rank(input);
    expect(ranked[0]).toBe(top);
    expect([...ranked].sort()).toEqual(techniques.items.map((t) => t.id).sort());
    expect(rank(input)).toEqual(ranked);
    expect(recommendTechniques(content, input)[0]?.matchedGoals.map((g) => g.id)).toEqual([goal]);
  });

  it('keeps content order when nothing is chosen', () => {
    const ranked = recommendTechniques(content);
    expect(ranked.map((r) => r.technique)).toEqual(techniques.items);
    for (const r of ranked)
      expect(r).toMatchObject({
        score: 0,
        matchedGoals: [],
        pressureMatch: false,
        advisedAgainst: [],
        reason: techniques.ui.reasonNone,
      });
  });

  it('scores pressure alone: exact +1, two steps away −1, ties by content order', () => {
    const ranked = recommendTechniques(content, { pressure: 'gentle' });
    expect(ranked.map((r) => [r.technique.id, r.score])).toEqual([
      ['swedish', 1],
      ['aromatherapy', 1],
      ['shiatsu', 0],
      ['hot-stone', 0],
      ['deep-tissue', -1],
    ]);
    expect(ranked[0]).toMatchObject({ pressureMatch: true, reason: 'Gentle pressure' });
    expect(ranked[2]).toMatchObject({ pressureMatch: false, reason: techniques.ui.reasonNone });
  });

  it('counts every matched goal, strongest first, and explains the match', () => {
    const ranked = recommendTechniques(content, {
      goals: ['muscle-tension', 'chronic-pain'],
      pressure: 'firm',
    });
    expect(ranked[0]).toMatchObject({
      score: 7,
      pressureMatch: true,
      reason: 'Matches chronic pain and muscle tension; firm pressure',
    });
    expect(ranked[0]?.matchedGoals.map((g) => g.id)).toEqual(['chronic-pain', 'muscle-tension']);
    expect(ranked[1]).toMatchObject({ score: 3, reason: 'Matches muscle tension' });
    expect(rank({ goals: ['relaxation', 'well-being'] })[0]).toBe('aromatherapy');
    expect(recommendTechniques(content, { goals: ['flexibility'], locale: 'fr' })[0]?.reason).toBe(
      'Matches flexibility',
    );
  });

  it.each(['fracture', 'herniated-disc', 'severe-osteoporosis'])(
    'ranks deep tissue last with the reason for %s',
    (condition) => {
      const ranked = recommendTechniques(content, {
        goals: ['chronic-pain'],
        pressure: 'firm',
        conditions: [condition],
      });
      expect(ranked.map((r) => r.technique.id)).toEqual([
        'shiatsu',
        'hot-stone',
        'swedish',
        'aromatherapy',
        'deep-tissue',
      ]);
      expect(ranked[4]).toMatchObject({ score: 4, advisedAgainst: [intenseReason] });
      expect(ranked.slice(0, 4).every((r) => r.advisedAgainst.length === 0)).toBe(true);
    },
  );

  it('leaves the ranking alone for pregnancy, which advises against no technique', () => {
    expect(rank({ goals: ['chronic-pain'], conditions: ['pregnancy'] })[0]).toBe('deep-tissue');
  });

  it.each([
    [{ goals: ['sleep'] }, /^Unknown goal "sleep"; expected one of: relaxation, chronic-pain, /],
    [
      { pressure: 'hard' as PressurePreference },
      /^Unknown pressure "hard"; expected one of: gentle, medium, firm, any$/,
    ],
    [{ conditions: ['flu'] }, /^Unknown condition "flu"; expected one of: fracture, herniated-disc, /],
  ])('rejects unknown ids in %j', (input, message) => {
    expect(() => recommendTechniques(content, input)).toThrow(RangeError);
    expect(() => recommendTechniques(content, input)).toThrow(message);
  });

  it('works without precautions, but then knows no condition', () => {
    expect(recommendTechniques({ techniques }, { goals: ['relaxation'] })[0]?.technique.id).toBe('swedish');
    expect(() => recommendTechniques({ techniques }, { conditions: ['fracture'] })).toThrow(
      'Unknown condition "fracture"',
    );
  });
});

describe('assessPrecautions', () => {
  const intense = ['fracture', 'herniated-disc', 'severe-osteoporosis'];
  const conditions = precautions.conditions.map((c) => c.id);
  const subsets = Array.from({ length: 16 }, (_, mask) => conditions.filter((_, i) => mask & (1 << i)));
  const cases = subsets.flatMap((ticked) =>
    [undefined, ...techniques.items.map((t) => t.id)].map((techniqueId) => [ticked, techniqueId] as const),
  );

  it.each(cases)('conditions %j with technique %s', (ticked, techniqueId) => {
    // The article: fractures, herniated discs and severe osteoporosis → avoid intense massage (deep tissue);
    // pregnancy → consult a healthcare provider first; deep tissue → possible temporary soreness.
    const avoid = ticked.some((id) => intense.includes(id));
    const pregnant = ticked.includes('pregnancy');
    const verdict = avoid ? 'avoid-intense' : pregnant ? 'consult' : 'ok';
    const result = assessPrecautions(content, { conditions: [...ticked], techniqueId });
    expect(result).toEqual({
      verdict,
      ...precautions.verdicts[verdict],
      reasons: precautions.rules
        .filter(
          (r) =>
            (r.id === 'avoid-intense' && avoid) ||
            (r.id === 'pregnancy' && pregnant) ||
            (r.id === 'deep-tissue-soreness' && techniqueId === 'deep-tissue'),
        )
        .map((r) => ({ ruleId: r.id, verdict: r.verdict, reason: r.reason })),
      advisedAgainst: avoid ? { 'deep-tissue': [intenseReason] } : {},
    });
  });

  it('says what the article says in each verdict', () => {
    expect(assessPrecautions(content, { techniqueId: 'deep-tissue' }).reasons[0]?.reason).toMatch(
      /temporary soreness or tenderness/,
    );
    expect(assessPrecautions(content, { conditions: ['pregnancy'] }).reasons[0]?.reason).toMatch(
      /healthcare provider.*prenatal massage/,
    );
    expect(assessPrecautions(content, { conditions: ['fracture'] }).title).toMatch(/avoid intense/i);
    expect(assessPrecautions(content)).toMatchObject({ verdict: 'ok', reasons: [], advisedAgainst: {} });
  });

  it('rejects unknown conditions, and unknown techniques when it knows the techniques', () => {
    expect(() => assessPrecautions(content, { conditions: ['flu'] })).toThrow(RangeError);
    expect(() => assessPrecautions(content, { techniqueId: 'reiki' })).toThrow(
      'Unknown technique "reiki"; expected one of: swedish, deep-tissue, shiatsu, hot-stone, aromatherapy',
    );
    expect(assessPrecautions({ precautions }, { techniqueId: 'reiki' }).verdict).toBe('ok');
  });
});
