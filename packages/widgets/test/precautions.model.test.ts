import { assessPrecautions, precautionsByLocale, techniquesByLocale } from '@knead/content';
import { signal } from '@preact/signals-core';
import { describe, expect, it } from 'vitest';
import { createPrecautionsModel, type VerdictDetail } from '../src/precautions/precautions.model';

const content = signal({ precautions: precautionsByLocale.en!, techniques: techniquesByLocale.en! });

function setup({ conditions = [] as string[], technique = undefined as string | undefined } = {}) {
  const events: VerdictDetail[] = [];
  const techniqueId = signal(technique);
  const model = createPrecautionsModel({
    content,
    initialConditions: signal(conditions),
    techniqueId,
    emit: (_type, detail) => events.push(detail),
  });
  return { model, events, techniqueId };
}

describe('createPrecautionsModel', () => {
  it('starts with nothing ticked, verdict ok, and nothing to announce', () => {
    const { model, events } = setup();
    expect(model.conditions.value).toEqual([]);
    expect(model.none.value).toBe(false);
    expect(model.assessment.value.verdict).toBe('ok');
    expect(model.announcement.value).toBe('');
    expect(events).toEqual([]);
  });

  it('passes the verdict through from assessPrecautions, reasons and all', () => {
    const { model } = setup();
    model.setConditions(['pregnancy', 'fracture']);
    model.setTechnique('deep-tissue');
    expect(model.assessment.value).toEqual(
      assessPrecautions(content.value, { conditions: ['fracture', 'pregnancy'], techniqueId: 'deep-tissue' }),
    );
    expect(model.assessment.value.verdict).toBe('avoid-intense');
    expect(model.assessment.value.reasons.map((r) => r.ruleId)).toEqual([
      'avoid-intense',
      'pregnancy',
      'deep-tissue-soreness',
    ]);
  });

  it('gives consult for pregnancy and avoid-intense for severe osteoporosis', () => {
    const { model } = setup();
    model.toggle('pregnancy', true);
    expect(model.assessment.value.verdict).toBe('consult');
    expect(model.assessment.value.reasons[0]!.reason).toContain('prenatal');
    model.setConditions(['severe-osteoporosis']);
    expect(model.assessment.value.verdict).toBe('avoid-intense');
  });

  it('"None of these" clears the conditions, and ticking a condition unticks it', () => {
    const { model } = setup({ conditions: ['pregnancy', 'fracture'] });
    expect(model.conditions.value).toEqual(['fracture', 'pregnancy']);
    model.setNone(true);
    expect(model.conditions.value).toEqual([]);
    expect(model.none.value).toBe(true);
    expect(model.assessment.value.verdict).toBe('ok');
    model.toggle('herniated-disc', true);
    expect(model.none.value).toBe(false);
    expect(model.conditions.value).toEqual(['herniated-disc']);
    model.toggle('herniated-disc', false);
    expect(model.conditions.value).toEqual([]);
    expect(model.none.value).toBe(false);
    model.setNone(true);
    model.setNone(false);
    expect(model.none.value).toBe(false);
  });

  it('emits knead-verdict for each changed answer, in content order, and announces only after one', () => {
    const { model, events } = setup();
    model.toggle('pregnancy', true);
    const { consult } = precautionsByLocale.en!.verdicts;
    const prenatal = precautionsByLocale.en!.rules.find((r) => r.conditions?.includes('pregnancy'))!.reason;
    expect(model.announcement.value).toBe(`${consult.title}. ${consult.advice} ${prenatal}`);
    model.toggle('fracture', true);
    model.toggle('fracture', true); // no change: no event
    model.setTechnique('swedish');
    model.setTechnique('');
    model.setNone(true);
    expect(events).toEqual([
      { verdict: 'consult', conditions: ['pregnancy'], techniqueId: undefined },
      { verdict: 'avoid-intense', conditions: ['fracture', 'pregnancy'], techniqueId: undefined },
      { verdict: 'avoid-intense', conditions: ['fracture', 'pregnancy'], techniqueId: 'swedish' },
      { verdict: 'avoid-intense', conditions: ['fracture', 'pregnancy'], techniqueId: undefined },
      { verdict: 'ok', conditions: [], techniqueId: undefined },
    ]);
  });

  it('ignores unknown ids and takes the external technique until the visitor picks one', () => {
    const { model, events, techniqueId } = setup({ conditions: ['pregnancy', 'flu'], technique: 'nope' });
    expect(model.conditions.value).toEqual(['pregnancy']);
    expect(model.techniqueId.value).toBeUndefined();
    techniqueId.value = 'deep-tissue';
    expect(model.techniqueId.value).toBe('deep-tissue');
    expect(model.assessment.value.reasons.map((r) => r.ruleId)).toEqual([
      'pregnancy',
      'deep-tissue-soreness',
    ]);
    expect(events).toEqual([]);
    model.setTechnique(undefined);
    expect(model.techniqueId.value).toBeUndefined();
    techniqueId.value = 'shiatsu';
    expect(model.techniqueId.value).toBeUndefined();
    model.setConditions(['flu']);
    expect(model.conditions.value).toEqual([]);
  });

  it('follows content changes', () => {
    const local = signal(content.value);
    const model = createPrecautionsModel({
      content: local,
      initialConditions: signal(['pregnancy']),
      emit: () => {},
    });
    local.value = {
      ...local.value,
      precautions: {
        ...local.value.precautions,
        verdicts: { ...local.value.precautions.verdicts, consult: { title: 'Ask first', advice: 'Ask.' } },
      },
    };
    expect(model.assessment.value.title).toBe('Ask first');
  });

  it('exposes the answers as `value` and sets them from a value, without events or announcements', () => {
    const { model, events } = setup({ conditions: ['pregnancy'], technique: 'swedish' });
    expect(model.value.value).toEqual({ conditions: ['pregnancy'], techniqueId: 'swedish' });
    model.setNone(true);
    events.length = 0;
    model.setValue({ conditions: ['severe-osteoporosis', 'pregnancy', 'nope'], techniqueId: 'deep-tissue' });
    expect(model.value.value).toEqual({
      conditions: ['severe-osteoporosis', 'pregnancy'],
      techniqueId: 'deep-tissue',
    });
    expect(model.none.value).toBe(false);
    expect(model.assessment.value.verdict).toBe('avoid-intense');
    model.setValue({});
    expect(model.value.value).toEqual({ conditions: [], techniqueId: undefined });
    expect(events).toEqual([]);
  });
});
