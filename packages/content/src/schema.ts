import { PRESSURES, VERDICTS } from './constants';
import type { Content, ContentIssue, SectionName } from './types';

// A hand-written validator: valibot cost ~1.6 KB gzip for one small schema, this whole file costs about
// as much for every section. A check reports issues for `value` at `path`; shapes ignore unknown keys.
// Field lists are space-separated strings because that is the smallest way to ship them. The
// annotations let bundlers drop the schemas of sections a widget does not use.

type Obj = Record<string, unknown>;
type Check = (value: unknown, path: string, issues: ContentIssue[]) => unknown;
/** Validates one content section, pushing each problem with its path. */
export type SectionSchema = Check;

/** Whether `value` is a plain (non-array) object. */
export const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A check from a predicate; it returns whether the value passed (a missing value is `required`). */
/* @__NO_SIDE_EFFECTS__ */
const is =
  (ok: (value: unknown) => boolean, message: string): Check =>
  (value, path, issues) =>
    ok(value) || void issues.push({ path, message: value === undefined ? 'required' : message });

const str = is((v) => typeof v === 'string' && v !== '', 'expected a non-empty string');
const num = is((v) => typeof v === 'number' && v >= 0 && v < Infinity, 'expected a number ≥ 0');
const id = is((v) => typeof v === 'string' && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v), 'expected a kebab-case id');
/* @__NO_SIDE_EFFECTS__ */
const oneOf = (values: readonly string[]) =>
  is((v) => values.includes(v as string), `expected one of ${values.join(', ')}`);
/* @__NO_SIDE_EFFECTS__ */
const optional =
  (check: Check): Check =>
  (value, path, issues) =>
    value === undefined || check(value, path, issues);

/* @__NO_SIDE_EFFECTS__ */
const shape =
  (fields: Record<string, Check>): Check =>
  (value, path, issues) =>
    is(isObj, 'expected an object')(value, path, issues) &&
    Object.keys(fields).map((key) =>
      fields[key]!((value as Obj)[key], path ? `${path}.${key}` : key, issues),
    );

/* @__NO_SIDE_EFFECTS__ */
const fields = (names: readonly string[], check: Check) =>
  Object.fromEntries(names.map((name) => [name, check]));

/** An object with the space-separated string fields `names`, plus `more`. */
/* @__NO_SIDE_EFFECTS__ */
const obj = (names: string, more?: Record<string, Check>) =>
  shape({ ...fields(names.split(' '), str), ...more });

/* @__NO_SIDE_EFFECTS__ */
const array =
  (item: Check): Check =>
  (value, path, issues) =>
    is(Array.isArray, 'expected an array')(value, path, issues) &&
    (value as unknown[]).map((v, i) => item(v, `${path}[${i}]`, issues));

/** A list of objects with unique kebab-case ids and the fields of `obj`. */
/* @__NO_SIDE_EFFECTS__ */
const list = (names: string, more?: Record<string, Check>): Check => {
  const item = obj(names, { id, ...more });
  return (value, path, issues) => {
    const seen = new Set();
    return array((v, p) => {
      const key = (v as Obj)?.id;
      if (seen.has(key)) issues.push({ path: `${p}.id`, message: `duplicate id "${key}"` });
      seen.add(key);
      return item(v, p, issues);
    })(value, path, issues);
  };
};

const ids = array(id);
// Only `other` is required: a locale has the forms its plural rules need, and a missing one falls back;
// a form that is there must be text (an object there reached the template and threw while rendering).
const plural = obj('other', fields('zero one two few many'.split(' '), optional(str)));

/** Validates the intro section. */
export const introSchema: SectionSchema = /* @__PURE__ */ obj('title lead', { topics: list('title text') });

/** Validates the benefits section. */
export const benefitsSchema: SectionSchema = /* @__PURE__ */ obj('title', {
  ui: obj('showMore showLess'),
  items: list('title summary details'),
});

/** Validates the techniques section. */
export const techniquesSchema: SectionSchema = /* @__PURE__ */ obj('title', {
  ui: obj(
    'goalsLegend pressureLegend reasonGoals reasonPressure reasonNone pressureLabel bestForLabel noteLabel book choose advisedAgainst',
    {
      pressures: obj('gentle medium firm any'),
      matches: plural,
      keepLabelCase: optional(is((v) => typeof v === 'boolean', 'expected true or false')),
      reasonSeparator: optional(str),
    },
  ),
  goals: list('label'),
  items: list('name description bestFor', { pressure: oneOf(PRESSURES), note: optional(str), goals: ids }),
});

/** Validates the precautions section. */
export const precautionsSchema: SectionSchema = /* @__PURE__ */ obj('title intro disclaimer', {
  ui: obj('conditionsLegend none techniqueLabel anyTechnique reasonsHeading'),
  verdicts: shape(fields(VERDICTS, obj('title advice'))),
  conditions: list('label'),
  rules: list('reason', {
    conditions: optional(ids),
    techniques: optional(ids),
    verdict: oneOf(VERDICTS),
    advisesAgainst: optional(ids),
  }),
});

/** Validates the selfMassage section. */
export const selfMassageSchema: SectionSchema = /* @__PURE__ */ obj('title intro', {
  ui: obj(
    'stepOf previous next finish restart start pause resume timeLeft timeUp suggestedDuration complete toolsHeading',
  ),
  steps: list('title instruction illustration', { durationSeconds: optional(num) }),
  tools: list('name use'),
});

/** Validates the therapist section. */
export const therapistSchema: SectionSchema = /* @__PURE__ */ obj('title intro closing', {
  tips: list('text'),
});

/** Validates the faq section. */
export const faqSchema: SectionSchema = /* @__PURE__ */ obj('title', {
  ui: obj('searchLabel empty clear', { count: plural }),
  items: list('question answer'),
});

/** Every section's schema. */
export const schemas: Record<SectionName, SectionSchema> = {
  intro: introSchema,
  benefits: benefitsSchema,
  techniques: techniquesSchema,
  precautions: precautionsSchema,
  selfMassage: selfMassageSchema,
  therapist: therapistSchema,
  faq: faqSchema,
};

/**
 * Validates the sections of `input` that `checks` names, then, when their shapes are valid, the references:
 * technique goals, rule conditions, and rule techniques (when the techniques section is validated).
 */
export function validate(
  input: unknown,
  checks: Partial<Record<SectionName, SectionSchema>>,
): ContentIssue[] {
  if (!isObj(input)) return [{ path: '(root)', message: 'expected an object' }];
  const issues: ContentIssue[] = [];
  const names = Object.keys(checks);
  shape(checks as Record<string, Check>)(input, '', issues);
  if (issues.length) return issues;
  // Known ids in a Set: a 1 MB override can hold thousands of references into thousands of ids.
  const sets = new Map<object, Set<string>>();
  const refs = (list: string[] = [], known: { id: string }[], path: string, kind: string) => {
    if (!sets.has(known)) sets.set(known, new Set(known.map((item) => item.id)));
    const ids = sets.get(known)!;
    for (const [i, ref] of list.entries())
      if (!ids.has(ref)) issues.push({ path: `${path}[${i}]`, message: `unknown ${kind} "${ref}"` });
  };
  const { techniques, precautions } = input as Partial<Content>;
  const t = names.includes('techniques') ? techniques : undefined;
  for (const [i, item] of (t?.items ?? []).entries())
    refs(item.goals, t!.goals, `techniques.items[${i}].goals`, 'goal');
  if (!names.includes('precautions')) return issues;
  for (const [i, rule] of precautions!.rules.entries()) {
    const path = `precautions.rules[${i}]`;
    if (!rule.conditions?.length && !rule.techniques?.length)
      issues.push({ path, message: 'expected conditions or techniques' });
    refs(rule.conditions, precautions!.conditions, `${path}.conditions`, 'condition');
    if (t) refs(rule.techniques, t.items, `${path}.techniques`, 'technique');
    if (t) refs(rule.advisesAgainst, t.items, `${path}.advisesAgainst`, 'technique');
  }
  return issues;
}
