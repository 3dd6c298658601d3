import type { ContentIssue, SectionName } from './types';

// A hand-written validator: valibot cost ~1.6 KB gzip for one schema, this whole file is a few hundred bytes.
// A check pushes issues for `value` at `path`; shapes ignore unknown keys.

type Obj = Record<string, unknown>;
type Check = ((value: unknown, path: string, issues: ContentIssue[]) => void) & { optional?: true };

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The verdicts, from least to most cautious. */
export const VERDICTS = ['ok', 'consult', 'avoid-intense'] as const;
/** The pressure levels, from gentlest to firmest. */
export const PRESSURES = ['gentle', 'medium', 'firm'] as const;
/** Every section name, in display order. */
export const SECTIONS: readonly SectionName[] = [
  'intro',
  'benefits',
  'techniques',
  'precautions',
  'selfMassage',
  'therapist',
  'faq',
];

/** Whether `value` is a plain (non-array) object. */
export const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const test =
  (ok: (value: unknown) => boolean, message: string): Check =>
  (value, path, issues) => {
    if (!ok(value)) issues.push({ path, message });
  };

const str: Check = (value, path, issues) => {
  if (typeof value !== 'string') issues.push({ path, message: 'expected a string' });
  else if (!value) issues.push({ path, message: 'expected a non-empty string' });
};
const num = test((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, 'expected a number ≥ 0');
const id = test((v) => typeof v === 'string' && KEBAB.test(v), 'expected a kebab-case id');
const oneOf = (values: readonly string[]) =>
  test((v) => values.includes(v as string), `expected one of ${values.join(', ')}`);
const optional = (check: Check): Check => Object.assign(check.bind(null), { optional: true as const });

const shape =
  (fields: Record<string, Check>): Check =>
  (value, path, issues) => {
    if (!isObj(value)) return void issues.push({ path, message: 'expected an object' });
    for (const key in fields) {
      const check = fields[key]!;
      const at = path ? `${path}.${key}` : key;
      if (value[key] !== undefined) check(value[key], at, issues);
      else if (!check.optional) issues.push({ path: at, message: 'required' });
    }
  };

const strings = (names: readonly string[], check: Check = str): Record<string, Check> =>
  Object.fromEntries(names.map((name) => [name, check]));
const keys = (names: readonly string[], check?: Check) => shape(strings(names, check));

const array =
  (item: Check): Check =>
  (value, path, issues) => {
    if (!Array.isArray(value)) return void issues.push({ path, message: 'expected an array' });
    for (const [i, v] of value.entries()) item(v, `${path}[${i}]`, issues);
  };

/** A list of objects with unique kebab-case ids. */
const list = (fields: Record<string, Check>): Check => {
  const item = shape({ id, ...fields });
  return (value, path, issues) => {
    const seen = new Set<unknown>();
    array((v, p) => {
      item(v, p, issues);
      const key = (v as Obj)?.id;
      if (seen.has(key)) issues.push({ path: `${p}.id`, message: `duplicate id "${key}"` });
      seen.add(key);
    })(value, path, issues);
  };
};

const plural = keys(['one', 'other']);
const ids = optional(array(id));

const schemas: Record<SectionName, Check> = {
  intro: shape({ title: str, lead: str, topics: list({ title: str, text: str }) }),
  benefits: shape({
    title: str,
    ui: keys(['showMore', 'showLess']),
    items: list({ title: str, summary: str, details: str }),
  }),
  techniques: shape({
    title: str,
    ui: shape({
      ...strings([
        'goalsLegend',
        'pressureLegend',
        'reasonGoals',
        'reasonPressure',
        'reasonNone',
        'pressureLabel',
        'bestForLabel',
        'noteLabel',
        'book',
        'advisedAgainst',
      ]),
      pressures: keys([...PRESSURES, 'any']),
      matches: plural,
    }),
    goals: list({ label: str }),
    items: list({
      name: str,
      description: str,
      pressure: oneOf(PRESSURES),
      bestFor: str,
      note: optional(str),
      goals: array(id),
    }),
  }),
  precautions: shape({
    title: str,
    intro: str,
    disclaimer: str,
    ui: keys(['conditionsLegend', 'none', 'techniqueLabel', 'anyTechnique', 'reasonsHeading']),
    verdicts: keys(VERDICTS, keys(['title', 'advice'])),
    conditions: list({ label: str }),
    rules: list({
      conditions: ids,
      techniques: ids,
      verdict: oneOf(VERDICTS),
      reason: str,
      advisesAgainst: ids,
    }),
  }),
  selfMassage: shape({
    title: str,
    intro: str,
    ui: keys([
      'stepOf',
      'previous',
      'next',
      'finish',
      'restart',
      'start',
      'pause',
      'resume',
      'timeLeft',
      'timeUp',
      'suggestedDuration',
    ]),
    steps: list({ title: str, instruction: str, illustration: str, durationSeconds: optional(num) }),
    tools: list({ name: str, use: str }),
  }),
  therapist: shape({ title: str, intro: str, tips: list({ text: str }), closing: str }),
  faq: shape({
    title: str,
    ui: shape({ searchLabel: str, count: plural, empty: str, clear: str }),
    items: list({ question: str, answer: str }),
  }),
};

/** Checks that ids referenced from `path` exist in `known`. */
function refs(list: unknown, known: unknown, path: string, kind: string, issues: ContentIssue[]) {
  const ok = new Set((known as Obj[]).map((item) => item.id));
  for (const [i, ref] of ((list ?? []) as string[]).entries())
    if (!ok.has(ref)) issues.push({ path: `${path}[${i}]`, message: `unknown ${kind} "${ref}"` });
}

/** Validates the named sections of `input`, then (when their shapes are valid) the references between them. */
export function validate(input: unknown, names: readonly SectionName[]): ContentIssue[] {
  if (!isObj(input)) return [{ path: '(root)', message: 'expected an object' }];
  const issues: ContentIssue[] = [];
  shape(Object.fromEntries(names.map((name) => [name, schemas[name]])))(input, '', issues);
  if (issues.length) return issues;
  const techniques = names.includes('techniques') ? (input.techniques as Obj) : undefined;
  for (const [i, item] of ((techniques?.items ?? []) as Obj[]).entries())
    refs(item.goals, techniques!.goals, `techniques.items[${i}].goals`, 'goal', issues);
  if (names.includes('precautions')) {
    const { conditions, rules } = input.precautions as Obj;
    for (const [i, rule] of (rules as Obj[]).entries()) {
      const path = `precautions.rules[${i}]`;
      if (!(rule.conditions as [])?.length && !(rule.techniques as [])?.length)
        issues.push({ path, message: 'expected conditions or techniques' });
      refs(rule.conditions, conditions, `${path}.conditions`, 'condition', issues);
      for (const key of ['techniques', 'advisesAgainst'])
        if (techniques) refs(rule[key], techniques.items, `${path}.${key}`, 'technique', issues);
    }
  }
  return issues;
}
