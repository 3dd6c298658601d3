import { describe, expect, it } from 'vitest';
import { getContent, mergeContent, parseContent } from '../src';
import type { Content, ContentIssue, ParseResult } from '../src/types';

// Content fuzzing (issue 13): generated invalid content of every shape is rejected with a path, never
// pollutes a prototype, and parses fast up to 1 MB. Each part prints what it tried and what failed.

// biome-ignore lint/suspicious/noExplicitAny: content is broken on purpose here
type Loose = any;

/** A small seeded generator (mulberry32), so a failing run can be repeated from its printed seed. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = Number(process.env.KNEAD_SEED ?? 13);

const en = () => structuredClone(getContent()) as Loose;

/** Every path in `value`, in the validator's notation (`faq.items[0].question`), with its value. */
function paths(value: unknown, path = ''): [string, unknown][] {
  const out: [string, unknown][] = path ? [[path, value]] : [];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) out.push(...paths(v, `${path}[${i}]`));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, path ? `${path}.${k}` : k));
  return out;
}

/** Sets the value at a validator path (undefined deletes it). */
function setAt(root: Loose, path: string, value: unknown) {
  const keys = path.match(/[^.[\]]+/g)!;
  let node = root;
  for (const key of keys.slice(0, -1)) node = node[key] ??= {};
  const last = keys.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
}

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const related = (issue: ContentIssue, path: string) =>
  issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`);
const rejected = (r: ParseResult<unknown>) => (r.ok ? [] : r.issues);

const WRONG: unknown[] = [
  null,
  0,
  -1,
  1.5,
  true,
  false,
  '',
  'x',
  [],
  [1],
  [null],
  {},
  { a: 1 },
  'a'.repeat(300),
];

/** Own property names of the built-in prototypes, to prove nothing was added or changed. */
const snapshot = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) =>
    Object.getOwnPropertyNames(p)
      .map((name) => `${name}:${String(Object.getOwnPropertyDescriptor(p, name)?.value).slice(0, 20)}`)
      .sort()
      .join(),
  );

/** A 1 MB-ish FAQ of `count` questions, as JSON text. */
const bigFaq = (count: number, prefix = 'q') => ({
  faq: {
    items: Array.from({ length: count }, (_, i) => ({
      id: `${prefix}-${i}`,
      question: `Question number ${i}, with a few words?`,
      answer: `Answer ${i}: ${'words and more words '.repeat(2)}`,
    })),
  },
});

describe('content fuzzing', () => {
  it('rejects a wrong type at every path, with that path', () => {
    const base = en();
    const all = paths(base);
    let tried = 0;
    const failures: string[] = [];
    for (const [path, original] of all) {
      for (const wrong of WRONG) {
        if (kind(wrong) === kind(original)) continue; // same type: may well be valid
        const c = en();
        setAt(c, path, wrong);
        tried++;
        const issues = rejected(parseContent(c));
        if (!issues.some((issue) => related(issue, path)))
          failures.push(`${path} = ${JSON.stringify(wrong)}: ${JSON.stringify(issues.slice(0, 2))}`);
        // The same break through an override of the English content (property, inline JSON, content-src).
        tried++;
        const override = JSON.parse(JSON.stringify(c));
        const merged = rejected(mergeContent(getContent(), override));
        if (!merged.length || merged.some((issue) => !issue.path))
          failures.push(`override ${path} = ${JSON.stringify(wrong)}: accepted or no path`);
      }
    }
    console.log(
      `content fuzzing: wrong types at ${all.length} paths: ${tried} documents tried, ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
  });

  it('rejects a missing or duplicate id in every id list, at the id', () => {
    const lists = paths(en()).filter(
      ([, v]) => Array.isArray(v) && v.length > 1 && v.every((x) => x && typeof x === 'object' && 'id' in x),
    );
    const failures: string[] = [];
    let tried = 0;
    for (const [path, list] of lists) {
      for (let i = 0; i < (list as unknown[]).length; i++) {
        const missing = en();
        setAt(missing, `${path}[${i}].id`, undefined);
        const duplicate = en();
        setAt(
          duplicate,
          `${path}[${i}].id`,
          (list as { id: string }[])[(i + 1) % (list as unknown[]).length]!.id,
        );
        tried += 2;
        const m = rejected(parseContent(missing));
        if (!m.some((issue) => issue.path === `${path}[${i}].id` && issue.message === 'required'))
          failures.push(`missing ${path}[${i}].id: ${JSON.stringify(m)}`);
        const d = rejected(parseContent(duplicate));
        if (!d.some((issue) => /duplicate id/.test(issue.message) && issue.path.startsWith(path)))
          failures.push(`duplicate ${path}[${i}].id: ${JSON.stringify(d)}`);
      }
    }
    console.log(
      `content fuzzing: missing and duplicate ids in ${lists.length} lists: ${tried} documents tried, ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
  });

  it(`ignores unknown keys anywhere (seed ${SEED}) and keeps the content`, () => {
    const next = random(SEED);
    const objects = paths(en())
      .filter(([, v]) => kind(v) === 'object')
      .map(([p]) => p);
    const failures: string[] = [];
    for (const path of objects) {
      const c = en();
      const node = paths(c).find(([p]) => p === path)![1] as Loose;
      const key = `unknown${Math.floor(next() * 1e6)}`;
      node[key] = WRONG[Math.floor(next() * WRONG.length)];
      const result = parseContent(c);
      if (!result.ok) failures.push(`${path}.${key}: ${JSON.stringify(result.issues)}`);
      const merged = mergeContent(getContent(), JSON.parse(JSON.stringify(c)));
      if (!merged.ok) failures.push(`override ${path}.${key}: ${JSON.stringify(merged.issues)}`);
    }
    console.log(
      `content fuzzing: unknown keys at ${objects.length} objects (seed ${SEED}): ${objects.length * 2} documents tried, ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
  });

  it('survives deep nesting anywhere without a stack overflow', () => {
    const depth = 100_000;
    const deepArray = JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    const deepObject = JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    const deepId = JSON.parse(`${'{"items":'.repeat(depth)}1${'}'.repeat(depth)}`);
    const targets = [
      'faq.title',
      'faq.items',
      'faq.items[0]',
      'faq.ui',
      'techniques.items[0].goals',
      'precautions.verdicts',
    ];
    const failures: string[] = [];
    let tried = 0;
    for (const path of targets)
      for (const deep of [deepArray, deepObject, deepId]) {
        tried++;
        try {
          const override: Loose = {};
          setAt(override, path.replace(/\[0\]/, '.0'), deep);
          // Overrides of objects and id lists merge; an override at a list index is an object key here.
          // Objects merge and ignore unknown keys, so a deep object over an object is accepted.
          const original = paths(en()).find(([p]) => p === path)![1];
          const merged = mergeContent(getContent(), override);
          if (merged.ok && (kind(deep) !== kind(original) || path === 'faq.items[0]'))
            failures.push(`${path}: accepted`);
          const c = en();
          setAt(c, path, deep);
          const issues = rejected(parseContent(c));
          if (!issues.some((issue) => related(issue, path)))
            failures.push(`${path}: ${JSON.stringify(issues)}`);
        } catch (error) {
          failures.push(`${path}: threw ${String(error)}`);
        }
      }
    // Deep nesting under unknown keys and in `locales`, `order`.
    for (const key of ['extra', 'locales', 'order']) {
      tried++;
      try {
        mergeContent(getContent(), { [key]: deepObject, faq: { [key]: deepArray } });
      } catch (error) {
        failures.push(`${key}: threw ${String(error)}`);
      }
    }
    console.log(
      `content fuzzing: nesting ${depth} deep: ${tried} documents tried, ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
  });

  it('never pollutes a prototype through __proto__, constructor or prototype keys', () => {
    const before = snapshot();
    const keys = ['__proto__', 'constructor', 'prototype'];
    const payload =
      '{"polluted":"yes","toString":"x","hasOwnProperty":"x","items":[{"id":"p","question":"q","answer":"a"}]}';
    const objects = paths(en())
      .filter(([, v]) => kind(v) === 'object' || kind(v) === 'array')
      .map(([p]) => p);
    let tried = 0;
    const failures: string[] = [];
    const texts: string[] = [];
    for (const key of keys) {
      const nested = key === 'constructor' ? `{"prototype":${payload}}` : payload;
      // At the root and in every section, item and list (as JSON text, as JSON.parse would see it).
      texts.push(`{"${key}":${nested}}`);
      for (const path of objects) {
        const c = en();
        setAt(
          c,
          path.replace(/\[(\d+)\]$/, '.$1'),
          path.endsWith(']') ? { id: 'x', __marker: 1 } : undefined,
        );
        texts.push(JSON.stringify(c).replace('"__marker":1', `"${key}":${nested}`));
      }
      texts.push(`{"faq":{"items":[{"id":"faq-x","question":"q","answer":"a","${key}":${nested}}]}}`);
      texts.push(`{"order":{"${key}.polluted":["x"],"${key}.prototype":["x"],"faq.items.${key}":["x"]}}`);
      texts.push(`{"locales":{"${key}":${nested},"en":{"${key}":${nested}}}}`);
    }
    for (const text of texts) {
      const value = JSON.parse(text);
      tried += 2;
      const results = [parseContent(value), mergeContent(getContent(), value)];
      for (const r of results) {
        if (r.ok) {
          for (const [path, v] of paths(r.value))
            if (
              v &&
              typeof v === 'object' &&
              ![Object.prototype, Array.prototype].includes(Object.getPrototypeOf(v))
            )
              failures.push(`${text.slice(0, 60)}: ${path} has another prototype`);
        } else if (r.issues.some((issue) => !issue.path))
          failures.push(`${text.slice(0, 60)}: an issue without a path`);
      }
    }
    const polluted = ({} as Loose).polluted !== undefined || ([] as Loose).polluted !== undefined;
    if (polluted) failures.push('Object.prototype.polluted is set');
    if (JSON.stringify(snapshot()) !== JSON.stringify(before)) failures.push('a built-in prototype changed');
    console.log(
      `content fuzzing: __proto__/constructor/prototype keys: ${tried} documents tried, ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
  });

  it('handles 5 MB documents (invalid and valid) in bounded time', () => {
    const failures: string[] = [];
    const docs: [string, string][] = [
      ['5 MB of new questions', JSON.stringify(bigFaq(38_000))],
      ['5 MB of one string', JSON.stringify({ faq: { title: 'x'.repeat(5 * 2 ** 20) } })],
      [
        '5 MB of wrong items',
        JSON.stringify({ faq: { items: Array.from({ length: 500_000 }, (_, i) => i) } }),
      ],
      [
        '5 MB of duplicate ids',
        JSON.stringify({ faq: { items: bigFaq(38_000).faq.items.map((x) => ({ ...x, id: 'same' })) } }),
      ],
    ];
    for (const [name, text] of docs) {
      const t0 = performance.now();
      const r = mergeContent({ faq: getContent().faq }, JSON.parse(text));
      const ms = performance.now() - t0;
      console.log(
        `content fuzzing: ${name} (${(text.length / 2 ** 20).toFixed(1)} MB): ${r.ok ? 'accepted' : `${r.issues.length} issues`}, ${ms.toFixed(0)} ms`,
      );
      if (!r.ok && r.issues.some((issue) => !issue.path)) failures.push(`${name}: an issue without a path`);
    }
    expect(failures).toEqual([]);
  });

  // Times are printed, not asserted (a test never fails on a timing): the figures README publishes.
  it('parses, validates and merges documents up to 1 MB, printing the median of 5 times', () => {
    const techniques = getContent().techniques;
    const goals = Array.from({ length: 2_000 }, (_, i) => ({ id: `goal-${i}`, label: `Goal ${i}` }));
    const manyRefs = {
      techniques: {
        goals,
        items: Array.from({ length: 1_500 }, (_, i) => ({
          ...techniques.items[0],
          id: `technique-${i}`,
          goals: goals.slice(0, 20).map((g, j) => goals[(i * 7 + j * 97) % goals.length]!.id ?? g.id),
        })),
      },
    };
    const existing = {
      faq: { items: bigFaq(7_000).faq.items.map((x, i) => ({ ...x, id: i % 2 ? x.id : 'massage' })) },
    };
    const docs: [string, unknown, string][] = [
      ['1 MB FAQ of new questions (override)', bigFaq(7_000), 'merge'],
      [
        '1 MB FAQ, new and removed ids (override)',
        {
          faq: {
            items: [
              ...bigFaq(7_000).faq.items,
              ...bigFaq(7_000).faq.items.map(({ id }) => ({ id, remove: true })),
            ].slice(0, 9_500),
          },
        },
        'merge',
      ],
      ['1 MB FAQ of one id again and again (override)', existing, 'merge'],
      [
        '1 MB FAQ, reordered (override)',
        {
          ...bigFaq(7_000),
          order: {
            'faq.items': bigFaq(7_000)
              .faq.items.map(({ id }) => id)
              .reverse(),
          },
        },
        'merge',
      ],
      ['1 MB techniques with 30,000 goal references (override)', manyRefs, 'merge'],
      [
        '1 MB complete content (parseContent)',
        { ...getContent(), faq: { ...getContent().faq, ...bigFaq(7_000).faq } },
        'parse',
      ],
    ];
    const failures: string[] = [];
    const base = getContent();
    for (const [name, doc, how] of docs) {
      const text = JSON.stringify(doc);
      if (text.length > 2 ** 20) throw new Error(`${name} is ${text.length} characters, over 1 MB`);
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const t0 = performance.now();
        const value = JSON.parse(text);
        const result = how === 'merge' ? mergeContent(base, value) : parseContent(value);
        times.push(performance.now() - t0);
        if (!result.ok && result.issues.some((issue) => !issue.path))
          failures.push(`${name}: an issue without a path`);
      }
      const median = times.sort((a, b) => a - b)[2]!;
      console.log(
        `content fuzzing: ${name}, ${(text.length / 1024).toFixed(0)} KB: median ${median.toFixed(1)} ms (JSON.parse + validate + merge)`,
      );
    }
    expect(failures).toEqual([]);
  });
});

export type { Content };
