import type { ContentOverride } from '@knead/content';
import { isObj } from './override';

// The two snippets a spa owner can paste, and the reverse: reading one back. Content is JSON data
// and attribute values are escaped text; nothing here builds markup from the owner's words except as
// escaped text.

/** What a snippet says about one widget. */
export interface SnippetInput {
  tag: string;
  /** Attributes other than theme/locale/content-src: `true` for a present boolean. */
  attrs: Record<string, string | boolean>;
  theme: 'light' | 'dark' | 'auto';
  /** Fixed locale, or undefined to follow the page's language. */
  locale: string | undefined;
  vars: [string, string][];
  /** The content override, or undefined when the built-in words are kept. */
  content: ContentOverride | undefined;
  /** Where knead.js is loaded from. */
  scriptSrc: string;
  /** The folder (URL) where the CSP variant's JSON and CSS files are uploaded. */
  folder: string;
}

/** The default address of the classic script: the README's (jsDelivr serves the npm package). */
export const CDN_SCRIPT = 'https://cdn.jsdelivr.net/npm/@knead/widgets/dist/knead.js';

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** JSON for a `<script type="application/json">` block: `<` escaped so no text can close the block. */
export const scriptJson = (value: unknown, indent = ''): string =>
  JSON.stringify(value, null, 2)
    .replace(/</g, '\\u003c')
    .split('\n')
    .map((line) => indent + line)
    .join('\n');

/** The attributes a snippet writes: present booleans (`true`) and trimmed non-empty values. */
function presentAttrs(attrs: SnippetInput['attrs']): [string, string | true][] {
  const out: [string, string | true][] = [];
  for (const [name, value] of Object.entries(attrs))
    if (value === true) out.push([name, true]);
    else if (typeof value === 'string' && value.trim() !== '') out.push([name, value.trim()]);
  return out;
}

function attributes(input: SnippetInput, extra: [string, string][]): string {
  const list: string[] = [];
  if (input.locale) list.push(`locale="${escapeAttr(input.locale)}"`);
  if (input.theme !== 'light') list.push(`theme="${input.theme}"`);
  for (const [name, value] of presentAttrs(input.attrs))
    list.push(value === true ? name : `${name}="${escapeAttr(value)}"`);
  for (const [name, value] of extra) list.push(`${name}="${escapeAttr(value)}"`);
  return list.map((a) => ` ${a}`).join('');
}

const hasContent = (content: ContentOverride | undefined): content is ContentOverride =>
  !!content && Object.keys(content).length > 0;

/** The file names of the CSP variant for a widget. */
export const fileNames = (tag: string) => ({ json: `${tag}.json`, css: `${tag}.css` });

const joinUrl = (folder: string, file: string) => (folder ? folder.replace(/\/?$/, '/') : '') + file;

/** The snippet with everything inline: one script tag, the element, its style and content. */
export function classicSnippet(input: SnippetInput): string {
  const style = input.vars.map(([n, v]) => `${n}: ${v}`).join('; ');
  const attrs = attributes(input, style ? [['style', style]] : []);
  const open = `<${input.tag}${attrs}>`;
  const body = hasContent(input.content)
    ? `\n  <script type="application/json">\n${scriptJson(input.content, '    ')}\n  </script>\n`
    : '';
  return `<script src="${escapeAttr(input.scriptSrc)}"></script>\n${open}${body}</${input.tag}>\n`;
}

/** `renderParts` of `@knead/widgets/render`: a widget's pre-render in parts (taken as an argument to keep this pure). */
export type RenderParts = (
  tag: string,
  options: {
    locale?: string;
    content?: ContentOverride;
    attributes?: Record<string, string | boolean>;
    styles?: 'link' | 'inline';
  },
) => { attributes: Record<string, string>; shadow: string; light: string };

/**
 * The simple snippet with the widget's words already in it: the element holds its pre-render (a
 * declarative shadow root, as `renderWidget` writes it), so the words show before the script runs,
 * without JavaScript and to search engines, in the space the widget then keeps. Rendered in `rendered`,
 * the snippet's language (or, when the widget follows the page's language, the one being edited: on a
 * page in another language the script puts that one in). Its styles are inline, as the simple
 * snippet's look is: a linked stylesheet still loading at the first paint let the page show the words
 * unstyled, then move (a layout shift of 0.03 on a blank page). The script is deferred: defined before
 * the element is parsed, the element would render itself and not take its pre-render over. Throws
 * what `render` throws for invalid input.
 */
export function prerenderedSnippet(input: SnippetInput, render: RenderParts, rendered: string): string {
  const given: Record<string, string | boolean> = Object.fromEntries(presentAttrs(input.attrs));
  if (input.theme !== 'light') given.theme = input.theme;
  const parts = render(input.tag, {
    locale: input.locale ?? rendered,
    content: hasContent(input.content) ? input.content : undefined,
    attributes: given,
    styles: 'inline',
  });
  const written = Object.entries(parts.attributes).filter(([name]) => name !== 'locale' || input.locale);
  const list = written.map(([name, value]) => (value === '' ? name : `${name}="${escapeAttr(value)}"`));
  const style = input.vars.map(([n, v]) => `${n}: ${v}`).join('; ');
  if (style) list.push(`style="${escapeAttr(style)}"`);
  const open = `<${[input.tag, ...list].join(' ')}>`;
  return `<script src="${escapeAttr(input.scriptSrc)}" defer></script>\n${open}${parts.shadow}${parts.light}</${input.tag}>\n`;
}

/** The stylesheet of the CSP variant (empty when no property is set). */
export function themeCss(input: SnippetInput): string {
  if (!input.vars.length) return '';
  return `${input.tag} {\n${input.vars.map(([n, v]) => `  ${n}: ${v};`).join('\n')}\n}\n`;
}

/** The content file of the CSP variant (empty when the built-in words are kept). */
export const contentJson = (input: SnippetInput): string =>
  hasContent(input.content) ? `${JSON.stringify(input.content, null, 2)}\n` : '';

/** The snippet for a strict Content-Security-Policy: no inline style, content in a hosted JSON file. */
export function strictSnippet(input: SnippetInput): string {
  const files = fileNames(input.tag);
  const extra: [string, string][] = hasContent(input.content)
    ? [['content-src', joinUrl(input.folder, files.json)]]
    : [];
  const link = input.vars.length
    ? `<link rel="stylesheet" href="${escapeAttr(joinUrl(input.folder, files.css))}">\n`
    : '';
  return `<script src="${escapeAttr(input.scriptSrc)}"></script>\n${link}<${input.tag}${attributes(input, extra)}></${input.tag}>\n`;
}

/** What an imported snippet or JSON holds. */
export interface Imported {
  tag?: string;
  locale?: string;
  theme?: 'light' | 'dark' | 'auto';
  attrs: Record<string, string | boolean>;
  vars: Record<string, string>;
  content?: ContentOverride;
  scriptSrc?: string;
  /** Whether the element held its pre-render (a `<template shadowrootmode>`). */
  prerendered?: boolean;
  /** Things the owner should know (a content-src file that cannot be read from here…). */
  notes: string[];
}

/** `--knead-name: value` declarations anywhere in `text` (a style attribute or a stylesheet). */
export function readVars(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/--knead-([a-z-]+)\s*:\s*([^;}"\n]+)/g)) out[m[1]!] = m[2]!.trim();
  return out;
}

/**
 * Reads a pasted snippet (or a JSON content override, or a stylesheet). `parseHtml` turns markup into an
 * inert document (DOMParser in the browser): nothing in it runs.
 */
export function readSnippet(text: string, parseHtml: (html: string) => Document, tags: string[]): Imported {
  const out: Imported = { attrs: {}, vars: readVars(text), notes: [] };
  const trimmed = text.trim();
  if (trimmed.startsWith('{') && !trimmed.includes('--knead-')) {
    const value = JSON.parse(trimmed) as unknown;
    if (!isObj(value)) throw new Error('The JSON is not an object.');
    out.content = value as ContentOverride;
    return out;
  }
  const doc = parseHtml(text);
  const script = [...doc.querySelectorAll('script[src]')].find((s) => /knead/.test(s.getAttribute('src')!));
  if (script) out.scriptSrc = script.getAttribute('src')!;
  for (const link of doc.querySelectorAll('link[rel="stylesheet"][href]'))
    if (!Object.keys(out.vars).length)
      out.notes.push(
        `The stylesheet ${link.getAttribute('href')} cannot be read from here: paste its CSS too to keep its colours.`,
      );
  const el = tags.map((tag) => doc.querySelector(tag)).find(Boolean);
  if (!el) {
    if (Object.keys(out.vars).length) return out;
    throw new Error('No Knead widget was found: paste the whole snippet, or its JSON.');
  }
  out.tag = el.localName;
  // The parser keeps a declarative shadow root as an inert template (DOMParser makes no shadow roots).
  out.prerendered = !!el.querySelector(':scope > template[shadowrootmode]');
  for (const { name, value } of [...el.attributes]) {
    if (name === 'style') continue;
    else if (name === 'theme' && ['light', 'dark', 'auto'].includes(value))
      out.theme = value as Imported['theme'];
    else if (name === 'locale') out.locale = value;
    else if (name === 'content-src')
      out.notes.push(
        `The content file ${value} cannot be read from here: paste its JSON too (the studio sends nothing).`,
      );
    else out.attrs[name] = value === '' ? true : value;
  }
  const json = el.querySelector('script[type="application/json"]');
  if (json?.textContent?.trim()) {
    const value = JSON.parse(json.textContent) as unknown;
    if (!isObj(value)) throw new Error('The content in the snippet is not a JSON object.');
    out.content = value as ContentOverride;
  }
  return out;
}
