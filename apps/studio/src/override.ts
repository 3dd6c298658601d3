import type { ContentOverride } from '@knead/content';

// The studio edits whole sections (a draft); what it ships is the smallest override that turns the
// built-in content into that draft, in the content package's own override language: changed fields by
// id, new items appended, `{ id, remove: true }`, and `order` when the order differs. `applyOverride`
// is the inverse (same rules as the package's merge), used to reopen a link or an imported snippet
// even when its content is not valid yet.

type Obj = Record<string, unknown>;
/** Any JSON value. */
export type Json = unknown;

export const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const hasIds = (list: unknown[]): list is Obj[] =>
  list.every((item) => isObj(item) && typeof item.id === 'string');
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function diffNode(base: unknown, draft: unknown, path: string, order: Record<string, string[]>): unknown {
  if (Array.isArray(base) && Array.isArray(draft) && hasIds(base) && hasIds(draft)) {
    const patch: Obj[] = [];
    for (const item of draft) {
      const before = base.find((b) => b.id === item.id);
      if (!before) patch.push(item);
      else {
        const change = diffNode(before, item, `${path}[]`, order) as Obj | undefined;
        if (change) patch.push({ id: item.id, ...change });
      }
    }
    for (const b of base) if (!draft.some((d) => d.id === b.id)) patch.push({ id: b.id, remove: true });
    const ids = draft.map((d) => d.id as string);
    const kept = base.map((b) => b.id as string).filter((id) => ids.includes(id));
    const natural = [...kept, ...ids.filter((id) => !kept.includes(id))];
    if (!same(natural, ids)) order[path] = ids;
    return patch.length ? patch : undefined;
  }
  if (isObj(base) && isObj(draft)) {
    const out: Obj = {};
    for (const key of Object.keys(draft)) {
      if (key === 'id') continue;
      const change = diffNode(base[key], draft[key], `${path}.${key}`, order);
      if (change !== undefined) out[key] = change;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return same(base, draft) ? undefined : draft;
}

/** The override that turns `base` into `draft` (both objects of sections); `{}` when they are equal. */
export function diffContent(base: Obj, draft: Obj): ContentOverride {
  const out: Obj = {};
  const order: Record<string, string[]> = {};
  for (const name of Object.keys(draft)) {
    const change = diffNode(base[name], draft[name], name, order);
    if (change !== undefined) out[name] = change;
  }
  if (Object.keys(order).length) out.order = order;
  return out as ContentOverride;
}

function applyNode(base: unknown, patch: unknown): unknown {
  if (patch === undefined) return base;
  if (Array.isArray(base) && Array.isArray(patch) && hasIds(base) && hasIds(patch)) {
    const out = [...base];
    for (const { remove, ...item } of patch) {
      const at = out.findIndex((x) => x.id === item.id);
      if (remove) at >= 0 && out.splice(at, 1);
      else if (at < 0) out.push(item);
      else out[at] = applyNode(out[at], item) as Obj;
    }
    return out;
  }
  if (!isObj(base) || !isObj(patch)) return patch;
  const out: Obj = { ...base };
  for (const key of Object.keys(patch)) if (key !== '__proto__') out[key] = applyNode(base[key], patch[key]);
  return out;
}

/** Applies `override` to the sections of `base` without validating (unknown sections are ignored). */
export function applyOverride<T extends Obj>(base: T, override: unknown): T {
  if (!isObj(override)) return base;
  const out: Obj = { ...base };
  for (const name of Object.keys(base)) out[name] = applyNode(base[name], override[name]);
  const order = isObj(override.order) ? override.order : {};
  for (const [dotted, ids] of Object.entries(order)) {
    if (!Array.isArray(ids)) continue;
    const keys = dotted.split('.');
    if (!(keys[0]! in base)) continue;
    let parent: Obj = out;
    for (const key of keys.slice(0, -1)) {
      if (!isObj(parent[key])) break;
      parent[key] = { ...(parent[key] as Obj) };
      parent = parent[key] as Obj;
    }
    const last = keys[keys.length - 1]!;
    const list = parent[last];
    if (!Array.isArray(list)) continue;
    const first = ids.map((id) => list.find((x: Obj) => x.id === id)).filter(Boolean);
    parent[last] = [...new Set([...first, ...list])];
  }
  return out as T;
}

/** A kebab-case id from `text`, unique among `taken`; `fallback` when the text has no Latin letters. */
export function idFromText(text: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const slug =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .split('-')
      .slice(0, 6)
      .join('-') || fallback;
  if (!used.has(slug)) return slug;
  for (let n = 2; ; n++) if (!used.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
