import { SECTIONS } from './constants';
import { isObj, type SectionSchema, schemas, validate } from './schema';
import type { Content, ContentIssue, ParseResult, SectionName } from './types';

type Obj = Record<string, unknown>;

const result = <T>(value: unknown, issues: ContentIssue[]): ParseResult<T> =>
  issues.length ? { ok: false, issues } : { ok: true, value: value as T };

/** Validates a complete `Content` object (every section required). */
export const parseContent = (input: unknown): ParseResult<Content> => parseSections(input, SECTIONS);

/** Validates only the named sections of `input` (and the references between them). */
export const parseSections = <K extends SectionName>(
  input: unknown,
  names: readonly K[],
): ParseResult<Pick<Content, K>> => result(input, validate(input, pick(names)));

const pick = (names: readonly SectionName[]) =>
  Object.fromEntries(names.map((name) => [name, schemas[name]]));

const hasIds = (list: unknown[]) => list.every((item) => isObj(item) && typeof item.id === 'string');

/** Merges `patch` into `base` without mutating either; untouched branches keep their identity. */
function merge(base: unknown, patch: unknown, path: string, issues: ContentIssue[]): unknown {
  if (patch === undefined) return base;
  if (Array.isArray(base) && Array.isArray(patch) && hasIds(base) && hasIds(patch)) {
    // Positions by id in a Map, removed items left as holes until the end: a search and a splice per
    // item made a 1 MB override of new ids take seconds.
    const out: (Obj | 0)[] = [...(base as Obj[])];
    const at = new Map(out.map((x, i) => [(x as Obj).id, i]));
    for (const [i, { remove, ...item }] of (patch as Obj[]).entries()) {
      const j = at.get(item.id);
      if (j === undefined) {
        if (remove) issues.push({ path: `${path}[${i}]`, message: `unknown id "${item.id}"` });
        else at.set(item.id, out.push(item) - 1);
      } else if (remove) {
        out[j] = 0;
        at.delete(item.id);
      } else out[j] = merge(out[j], item, `${path}[${j}]`, issues) as Obj;
    }
    return out.filter(Boolean);
  }
  if (!isObj(base) || !isObj(patch)) return patch;
  const out: Obj = { ...base };
  // `__proto__` from JSON.parse would otherwise replace the copy's prototype.
  for (const key in patch)
    if (key !== '__proto__') out[key] = merge(base[key], patch[key], `${path}.${key}`, issues);
  return out;
}

const fail = (node: unknown, path: string, issues: ContentIssue[]) => {
  issues.push({ path, message: 'expected the path of an id list' });
  return node;
};

/** Puts the listed ids first (in that order) in the id list at `keys`, copying the objects on the way. */
function reorder(
  node: unknown,
  keys: string[],
  ids: string[],
  path: string,
  issues: ContentIssue[],
): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) {
    if (!Array.isArray(node) || !hasIds(node)) return fail(node, path, issues);
    const list = node as Obj[];
    // A Map and a Set, not a search per id: an order can list every one of thousands of ids.
    const byId = new Map(list.map((x) => [x.id, x]));
    const first = new Set<Obj>();
    for (const [i, id] of ids.entries()) {
      const item = byId.get(id);
      if (!item) issues.push({ path: `${path}[${i}]`, message: `unknown id "${id}"` });
      else first.add(item);
    }
    return [...first, ...list.filter((item) => !first.has(item))];
  }
  if (!isObj(node)) return fail(node, path, issues);
  return { ...node, [key]: reorder(node[key], rest, ids, path, issues) };
}

/**
 * Applies a `ContentOverride` to `base` and validates the sections of `base`; override sections
 * that `base` lacks are ignored, and sections the override leaves alone keep their identity.
 */
export const mergeContent = <T extends Partial<Content>>(base: T, override: unknown): ParseResult<T> =>
  mergeSections(
    base,
    override,
    pick(Object.keys(base) as SectionName[]) as { [K in keyof T]: SectionSchema },
  );

/**
 * `mergeContent` with the schemas given by the caller, so a bundle carries only the schemas of the
 * sections it uses (a widget passes `{ faq: faqSchema }`).
 */
export function mergeSections<T extends Partial<Content>>(
  base: T,
  override: unknown,
  checks: { [K in keyof T]: SectionSchema },
): ParseResult<T> {
  if (!isObj(override)) return result(base, [{ path: '(root)', message: 'expected an object' }]);
  const issues: ContentIssue[] = [];
  let out: Obj = { ...base };
  for (const name in base) out[name] = merge(base[name], override[name], name, issues);
  const { order } = override;
  if (order !== undefined && !isObj(order)) issues.push({ path: 'order', message: 'expected an object' });
  for (const [dotted, ids] of Object.entries(isObj(order) ? order : {})) {
    const path = `order["${dotted}"]`;
    const keys = dotted.split('.');
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string'))
      issues.push({ path, message: 'expected an array of ids' });
    else if (keys[0]! in base) out = reorder(out, keys, ids, path, issues) as Obj;
  }
  // concat, not push(...): a document with 500,000 bad items has more issues than a call has arguments.
  return result(out, issues.concat(validate(out, checks)));
}
