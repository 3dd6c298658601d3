import {
  type Content,
  type ContentIssue,
  type ContentOverride,
  loadContent,
  parseSections,
  type SectionName,
} from '@knead/content';
import { batch, computed, signal } from '@preact/signals';
import { cssVars, type Look } from './look';
import { applyOverride, diffContent, idFromText, isObj } from './override';
import { primaryKey } from './schema-form';
import { CDN_SCRIPT, type Imported, type SnippetInput } from './snippet';
import { HANDLED, widgetOf, widgets } from './widgets';

// The studio's state, in signals, with the actions the panels call. Words are kept per widget and per
// locale as a draft of whole sections; what leaves the studio (snippet, files, link) is the override
// that turns the built-in content into the draft, and the snippet only ever holds a valid one.

type Sections = Partial<Content>;
type Path = (string | number)[];
/** Attribute values of one widget: `true` for a present boolean, text otherwise. */
export type Attrs = Record<string, string | boolean>;

interface Words {
  draft: Sections;
  /** The override of the last draft that passed validation (`{}`: the built-in words). */
  valid: ContentOverride;
}

/** Preview widths, in CSS pixels (desktop fills the pane). */
export const WIDTHS = { phone: 390, tablet: 768, desktop: 0 } as const;
export type Width = keyof typeof WIDTHS;

export const widget = signal(widgets[0]!.tag);
export const locale = signal('en');
/** Leave `locale` out of the snippet so the widget follows the page's language. */
export const followPage = signal(false);
/** Built-in content of each loaded locale. */
export const bases = signal<Record<string, Content>>({});
/** Words per widget, per locale; a widget/locale with no entry shows the built-in content. */
export const words = signal<Record<string, Record<string, Words>>>({});
export const attrs = signal<Record<string, Attrs>>({});
/** Attribute values the element refused, by widget and name (its own `knead-error` message). */
export const attrErrors = signal<Record<string, Record<string, string>>>({});
export const look = signal<Look>({ theme: 'light', vars: {} });
export const scriptSrc = signal(CDN_SCRIPT);
export const folder = signal('/knead/');
/** Whether the simple snippet holds the widget's pre-render (its words in the page before the script). */
export const prerender = signal(false);
export const pageBg = signal('#ffffff');
export const width = signal<Width>('desktop');
/** A field to focus after the next render (after adding, moving or removing an item). */
export const focusNext = signal<string | undefined>(undefined);
/** What the last "restore the built-in words" replaced, so it can be undone. */
export const restored = signal<{ tag: string; code: string; words: Words } | undefined>(undefined);

/** What the last action did, for the polite live region. */
export const status = signal('');

export const info = computed(() => widgetOf(widget.value));

const pick = (content: Content, names: readonly SectionName[]): Sections =>
  Object.fromEntries(names.map((n) => [n, content[n]]));

/** The built-in sections of the current widget in the current locale (undefined while it loads). */
export const base = computed(() => {
  const content = bases.value[locale.value];
  return content && pick(content, info.value.sections);
});

/** The sections being edited. */
export const draft = computed(() => words.value[widget.value]?.[locale.value]?.draft ?? base.value);

/** The content package's verdict on the draft: every issue with its path (`faq.items[2].answer`). */
export const issues = computed<ContentIssue[]>(() => {
  const d = draft.value;
  if (!d) return [];
  const result = parseSections(d, info.value.sections);
  return result.ok ? [] : result.issues;
});

/** Loads a locale's built-in content (bundled, so this works offline). */
export async function ensureLocale(code: string): Promise<void> {
  if (bases.value[code]) return;
  const content = await loadContent(code);
  bases.value = { ...bases.value, [code]: content };
}

/** Switches the edited and previewed language. */
export async function setLocale(code: string): Promise<void> {
  await ensureLocale(code);
  locale.value = code;
}

function setIn(node: unknown, path: Path, value: unknown): unknown {
  if (!path.length) return value;
  const [key, ...rest] = path;
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[key as number] = setIn(copy[key as number], rest, value);
    return copy;
  }
  const obj = isObj(node) ? node : {};
  return { ...obj, [key!]: setIn(obj[key as string], rest, value) };
}

const getIn = (node: unknown, path: Path): unknown =>
  path.reduce<unknown>((n, k) => (n == null ? undefined : (n as Record<string | number, unknown>)[k]), node);

function commit(next: Sections, tag = widget.value, code = locale.value) {
  const baseContent = bases.value[code];
  if (!baseContent) return;
  const b = pick(baseContent, widgetOf(tag).sections);
  const previous = words.value[tag]?.[code];
  const ok = parseSections(next, widgetOf(tag).sections).ok;
  const valid = ok ? diffContent(b, next) : (previous?.valid ?? {});
  words.value = { ...words.value, [tag]: { ...words.value[tag], [code]: { draft: next, valid } } };
  restored.value = undefined;
}

/** Sets one field of the draft (`['faq', 'items', 2, 'answer']`). */
export function setField(path: Path, value: unknown): void {
  const d = draft.value;
  if (!d) return;
  let next = setIn(d, path, value) as Sections;
  // A new item's id follows its first text field, so ids read like the text ("how-do-i-book").
  const listPath = path.slice(0, -2);
  const index = path[path.length - 2];
  if (typeof index === 'number' && primaryKey(listPath) === path[path.length - 1]) {
    const list = getIn(next, listPath) as { id: string }[];
    const builtIn = (getIn(base.value, listPath) as { id: string }[] | undefined) ?? [];
    const item = list[index]!;
    if (!builtIn.some((b) => b.id === item.id)) {
      const taken = [...builtIn, ...list.filter((_, i) => i !== index)].map((x) => x.id);
      const id = idFromText(String(value), taken, itemFallback(listPath));
      next = setIn(next, [...listPath, index, 'id'], id) as Sections;
    }
  }
  commit(next);
}

const itemFallback = (listPath: Path) => String(listPath[listPath.length - 1]).replace(/s$/, '');

/** Adds an item built from `template` at the end of the list; returns its index. */
export function addItem(listPath: Path, template: Record<string, unknown>, noun: string): number {
  const d = draft.value;
  if (!d) return -1;
  const list = (getIn(d, listPath) as { id: string }[]) ?? [];
  const builtIn = (getIn(base.value, listPath) as { id: string }[] | undefined) ?? [];
  const id = idFromText(
    '',
    [...builtIn, ...list].map((x) => x.id),
    noun.replace(/\s+/g, '-'),
  );
  commit(setIn(d, listPath, [...list, { id, ...template }]) as Sections);
  status.value = `New ${noun} added at the end, number ${list.length + 1}.`;
  return list.length;
}

/** Removes the item at `index`. */
export function removeItem(listPath: Path, index: number, noun: string): void {
  const d = draft.value;
  if (!d) return;
  const list = getIn(d, listPath) as unknown[];
  commit(
    setIn(
      d,
      listPath,
      list.filter((_, i) => i !== index),
    ) as Sections,
  );
  status.value = `${noun[0]!.toUpperCase()}${noun.slice(1)} ${index + 1} removed.`;
}

/** Moves the item at `index` by `delta` (−1 up, +1 down). */
export function moveItem(listPath: Path, index: number, delta: number, noun: string): void {
  const d = draft.value;
  if (!d) return;
  const list = [...(getIn(d, listPath) as unknown[])];
  const to = index + delta;
  if (to < 0 || to >= list.length) return;
  [list[index], list[to]] = [list[to], list[index]];
  commit(setIn(d, listPath, list) as Sections);
  status.value = `${noun[0]!.toUpperCase()}${noun.slice(1)} moved to position ${to + 1} of ${list.length}.`;
}

/** Puts the built-in words of the current widget and locale back (undoable until the next edit). */
export function resetWords(): void {
  const tag = widget.value;
  const code = locale.value;
  const { [code]: previous, ...rest } = words.value[tag] ?? {};
  if (!previous) return;
  words.value = { ...words.value, [tag]: rest };
  restored.value = { tag, code, words: previous };
  status.value = 'Built-in words restored.';
}

/** Brings back the words the last restore replaced. */
export function undoReset(): void {
  const r = restored.value;
  if (!r) return;
  words.value = { ...words.value, [r.tag]: { ...words.value[r.tag], [r.code]: r.words } };
  restored.value = undefined;
  status.value = 'Your words are back.';
}

export function setAttr(name: string, value: string | boolean): void {
  const tag = widget.value;
  attrs.value = { ...attrs.value, [tag]: { ...attrs.value[tag], [name]: value } };
}

export function setAttrError(tag: string, name: string, message: string | undefined): void {
  // peek: the preview's effect calls this and must not subscribe to what it writes.
  const all = attrErrors.peek();
  const current = all[tag] ?? {};
  if (current[name] === message) return;
  const { [name]: _, ...rest } = current;
  attrErrors.value = { ...all, [tag]: message ? { ...rest, [name]: message } : rest };
}

/** The attributes of `tag` that the element accepted (booleans only when on). */
export function validAttrs(tag: string): Attrs {
  const errors = attrErrors.value[tag] ?? {};
  const out: Attrs = {};
  for (const [name, value] of Object.entries(attrs.value[tag] ?? {}))
    if (!errors[name] && !HANDLED.has(name) && value !== false && value !== '') out[name] = value;
  return out;
}

/** The content override of the snippet: valid words only; per locale when following the page. */
export const content = computed<ContentOverride | undefined>(() => {
  const perLocale = words.value[widget.value] ?? {};
  if (!followPage.value) {
    const valid = perLocale[locale.value]?.valid;
    return valid && Object.keys(valid).length ? valid : undefined;
  }
  const entries = Object.entries(perLocale).filter(([, w]) => Object.keys(w.valid).length);
  return entries.length ? { locales: Object.fromEntries(entries.map(([l, w]) => [l, w.valid])) } : undefined;
});

/** Everything the snippets need. */
export const snippetInput = computed<SnippetInput>(() => ({
  tag: widget.value,
  attrs: validAttrs(widget.value),
  theme: look.value.theme,
  locale: followPage.value ? undefined : locale.value,
  vars: cssVars(look.value),
  content: content.value,
  scriptSrc: scriptSrc.value.trim() || CDN_SCRIPT,
  folder: folder.value.trim(),
}));

// The shared link: the whole configuration in the URL hash (never sent to a server), as base64url JSON.
interface Saved {
  v: 1;
  w: string;
  l: string;
  f: boolean;
  d: Record<string, Record<string, ContentOverride>>;
  a: Record<string, Attrs>;
  k: Look;
  s: string;
  o: string;
  /** The simple snippet pre-rendered. */
  p?: boolean;
  bg: string;
  pw: Width;
}

const toBase64Url = (text: string) => {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
};

/** The hash that reopens the current configuration. */
export const savedHash = computed(() => {
  const d: Saved['d'] = {};
  for (const [tag, perLocale] of Object.entries(words.value))
    for (const [code, w] of Object.entries(perLocale)) {
      const b = bases.value[code];
      if (!b) continue;
      const diff = diffContent(pick(b, widgetOf(tag).sections), w.draft);
      if (Object.keys(diff).length) d[tag] = { ...d[tag], [code]: diff };
    }
  const saved: Saved = {
    v: 1,
    w: widget.value,
    l: locale.value,
    f: followPage.value,
    d,
    a: attrs.value,
    k: look.value,
    s: scriptSrc.value,
    o: folder.value,
    p: prerender.value,
    bg: pageBg.value,
    pw: width.value,
  };
  return `#studio=${toBase64Url(JSON.stringify(saved))}`;
});

/** Restores a configuration from a hash made by `savedHash`; false when it is not one. */
export async function restoreHash(hash: string): Promise<boolean> {
  const m = /^#studio=([\w-]+)$/.exec(hash);
  if (!m) return false;
  let saved: Saved;
  try {
    saved = JSON.parse(fromBase64Url(m[1]!)) as Saved;
  } catch {
    return false;
  }
  if (saved?.v !== 1) return false;
  const codes = new Set([saved.l, ...Object.values(saved.d ?? {}).flatMap((x) => Object.keys(x))]);
  await Promise.all([...codes].map((c) => ensureLocale(c).catch(() => undefined)));
  batch(() => {
    widget.value = widgetOf(saved.w).tag;
    locale.value = bases.value[saved.l] ? saved.l : 'en';
    followPage.value = !!saved.f;
    attrs.value = saved.a ?? {};
    look.value = { theme: saved.k?.theme ?? 'light', vars: saved.k?.vars ?? {} };
    scriptSrc.value = saved.s || CDN_SCRIPT;
    folder.value = saved.o ?? '/knead/';
    prerender.value = !!saved.p;
    pageBg.value = saved.bg || '#ffffff';
    width.value = saved.pw in WIDTHS ? saved.pw : 'desktop';
    words.value = {};
    for (const [tag, perLocale] of Object.entries(saved.d ?? {}))
      for (const [code, override] of Object.entries(perLocale)) loadWords(tag, code, override);
  });
  return true;
}

/** Puts an override's words into the draft of `tag` in `code` (kept even when not valid yet). */
function loadWords(tag: string, code: string, override: unknown) {
  const b = bases.value[code];
  if (!b) return;
  const sections = widgetOf(tag).sections;
  commit(applyOverride(pick(b, sections), override), tag, code);
}

/** Applies an imported snippet or JSON: widget, language, attributes, look and words. */
export async function applyImport(imported: Imported): Promise<string> {
  const tag = imported.tag ?? widget.value;
  const override = imported.content;
  const perLocale: Record<string, unknown> = {};
  const fixed = imported.locale ?? (imported.tag ? undefined : locale.value);
  if (override) {
    const { locales: byLocale, ...rest } = override;
    if (Object.keys(rest).length) perLocale[fixed ?? 'en'] = rest;
    for (const [code, o] of Object.entries(byLocale ?? {}))
      perLocale[code] = code in perLocale ? { ...(perLocale[code] as object), ...o } : o;
  }
  const target = fixed ?? Object.keys(perLocale)[0] ?? 'en';
  const codes = [target, ...Object.keys(perLocale)];
  await Promise.all(codes.map((c) => ensureLocale(c).catch(() => undefined)));
  const known = (c: string) => !!bases.value[c];
  batch(() => {
    widget.value = tag;
    if (known(target)) locale.value = target;
    if (imported.tag) followPage.value = !imported.locale;
    if (imported.tag) {
      const a: Attrs = {};
      for (const [name, value] of Object.entries(imported.attrs)) if (!HANDLED.has(name)) a[name] = value;
      attrs.value = { ...attrs.value, [tag]: a };
    }
    if (imported.theme || Object.keys(imported.vars).length)
      look.value = {
        theme: imported.theme ?? look.value.theme,
        vars: Object.keys(imported.vars).length ? (imported.vars as Look['vars']) : look.value.vars,
      };
    if (imported.scriptSrc) scriptSrc.value = imported.scriptSrc;
    if (imported.tag) prerender.value = !!imported.prerendered;
    for (const [code, o] of Object.entries(perLocale)) if (known(code)) loadWords(tag, code, o);
  });
  const count = Object.keys(perLocale).length;
  return `Imported the ${widgetOf(tag).name}${count ? ` with words for ${Object.keys(perLocale).join(', ')}` : ''}.`;
}
