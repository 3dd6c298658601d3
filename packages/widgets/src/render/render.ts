// Content before JavaScript: renders a widget's own Preact view to HTML (preact-render-to-string) as a
// declarative shadow root, so crawlers and readers without JavaScript get the text, and the upgrade
// finds the exact tree it would have rendered (docs/decisions/0004-prerender.md says why this form).
// Pure: no DOM, no globals; runs in Node, edge runtimes and browsers.
import {
  type ContentOverride,
  type LocaleModule,
  mergeSections,
  registerLocale,
  resolveLocale,
} from '@knead/content';
import * as ar from '@knead/content/locales/ar';
import * as de from '@knead/content/locales/de';
import * as es from '@knead/content/locales/es';
import * as fr from '@knead/content/locales/fr';
import { computed, signal } from '@preact/signals-core';
import { jsx } from 'preact/jsx-runtime';
import { renderToString } from 'preact-render-to-string';
import { KneadBenefitsElement } from '../benefits/benefits.element';
import { KneadFaqElement } from '../faq/faq.element';
import { type AttributeSpec, booleanAttribute, commonAttributes } from '../internal/attributes';
import { tokens } from '../internal/tokens.styles';
import { VERSION } from '../internal/version';
import type { Make } from '../internal/view';
import { widgetSpecs } from '../internal/widget';
import { KneadPrecautionsElement } from '../precautions/precautions.element';
import { KneadSelfMassageElement } from '../self-massage/self-massage.element';
import { KneadTechniquePickerElement } from '../technique-picker/technique-picker.element';
import { noScriptStyles } from './no-script.styles';

/** The server's elements for a widget that describes its markup for any `make` (the FAQ). */
const preactElement: Make<ReturnType<typeof jsx>> = (tag, attributes, children) =>
  jsx(tag as 'div', { ...attributes, children: children.length ? children : undefined });

// The element modules register their specs when they load; naming each class here keeps a bundler that
// trusts `sideEffects` from dropping them (no custom element is defined here).
const elements: Record<string, unknown> = {
  'knead-benefits': KneadBenefitsElement,
  'knead-faq': KneadFaqElement,
  'knead-precautions': KneadPrecautionsElement,
  'knead-self-massage': KneadSelfMassageElement,
  'knead-technique-picker': KneadTechniquePickerElement,
};
// A server has every built-in locale at hand, synchronously.
const modules: Record<string, LocaleModule> = { es, de, fr, ar } as Record<string, LocaleModule>;
for (const [locale, module] of Object.entries(modules)) registerLocale(locale, module);

/** Where the published files are: the CDN copy of this version (self-hosting: the folder you copied `dist/` to). */
export const DEFAULT_BASE = `https://cdn.jsdelivr.net/npm/@knead/widgets@${VERSION}/dist/`;

/** An attribute value as a page would write it: `true` is a present boolean attribute, `false`/`null` none. */
export type AttributeValue = string | number | boolean | null | undefined;

/** What to render. */
export interface RenderOptions {
  /** The language to render (`es`, `ar`); default English. The element gets it as its `locale` attribute. */
  locale?: string;
  /** Content overrides, as for the element's `content` property; kept in the element as inline JSON. */
  content?: ContentOverride;
  /** The element's attributes (`{ searchable: true, 'heading-level': 3 }`), validated as the element does. */
  attributes?: Record<string, AttributeValue>;
  /** The URL the pre-render's stylesheet (`styles/<widget>.css`) is found under; default {@link DEFAULT_BASE}. */
  base?: string;
  /**
   * `inline` writes the stylesheet's text into the shadow root (a `<style>`) instead of linking it:
   * styled from the first paint however slow the file would be, for pages that allow inline styles
   * (a strict Content-Security-Policy does not). Default `link`.
   */
  styles?: 'link' | 'inline';
}

/** Why a widget could not be rendered: an unknown tag, locale or attribute, or invalid content. */
export class KneadRenderError extends Error {
  override name = 'KneadRenderError';
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Inline JSON must not end its <script> early or open a comment: `<` is written as \u003c.
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The tags `renderWidget` knows: every Knead widget. */
export const renderableTags = (): string[] => Object.keys(elements);

/** The spec of a Knead widget, and every attribute it observes; throws for any other tag. */
function specOf(tag: string) {
  const spec = elements[tag] ? widgetSpecs.get(tag) : undefined;
  if (!spec)
    throw new KneadRenderError(`<${tag}> is not a Knead widget (known: ${renderableTags().join(', ')})`);
  const attributes: Record<string, AttributeSpec<unknown>> = { ...commonAttributes, ...spec.attributes };
  return { spec, attributes };
}

/** A widget's attributes, for command lines and forms: name, whether it is boolean, what it accepts. */
export function widgetAttributes(tag: string): { name: string; boolean: boolean; expected: string }[] {
  return Object.entries(specOf(tag).attributes).map(([name, a]) => ({
    name,
    boolean: a === (booleanAttribute as AttributeSpec<unknown>),
    expected: a.expected,
  }));
}

/** The pre-render stylesheet of a widget (shared tokens, its styles, what shows without JavaScript). */
export function prerenderStyles(tag: string): string {
  return `${tokens}\n${specOf(tag).spec.styles}\n${noScriptStyles}`;
}

/** A pre-rendered element in parts, for frameworks that write the tag themselves (React, Vue). */
export interface RenderedParts {
  /** The attributes to write on the tag, validated, as text ('' for a present boolean attribute). */
  attributes: Record<string, string>;
  /** The declarative shadow root (`<template shadowrootmode="open">…</template>`). */
  shadow: string;
  /** The light-DOM children: the content as inline JSON, or ''. */
  light: string;
}

/** Renders a widget as {@link renderWidget} does, in parts. Throws {@link KneadRenderError} on anything invalid. */
export function renderParts(tag: string, options: RenderOptions = {}): RenderedParts {
  const { spec, attributes: specs } = specOf(tag);
  const { content, attributes = {}, base = DEFAULT_BASE, styles = 'link' } = options;

  const written: [string, string][] = [];
  const attrs: Record<string, ReturnType<typeof signal>> = {};
  for (const name in specs) attrs[name] = signal(specs[name]!.fallback);
  const given = { ...attributes, locale: options.locale ?? attributes.locale };
  for (const [name, value] of Object.entries(given)) {
    if (value === undefined || value === null || value === false) continue;
    const attrSpec = specs[name];
    if (!attrSpec) {
      throw new KneadRenderError(
        `<${tag}> has no attribute "${name}" (it has: ${Object.keys(specs).join(', ')})`,
      );
    }
    const raw = value === true ? '' : String(value);
    const parsed = attrSpec.parse(raw);
    if (parsed === undefined) {
      throw new KneadRenderError(`<${tag}> ${name}="${raw}" is not valid (expected ${attrSpec.expected})`);
    }
    attrs[name]!.value = parsed;
    written.push([name, raw]);
  }

  const requested = attrs.locale!.value as string;
  const { locale, exact } = resolveLocale(requested);
  if (requested && !exact) throw new KneadRenderError(`locale "${requested}" has no content`);
  let resolved: Record<string, unknown> = {};
  for (const s of spec.sections) resolved[s] = spec.defaults[s][locale] ?? spec.defaults[s].en;
  for (const [source, value] of [
    ['content', content],
    [`content locales.${locale}`, content?.locales?.[locale]],
  ] as const) {
    if (value === undefined) continue;
    const result = mergeSections(resolved, value, spec.schemas);
    if (!result.ok) {
      const [first, ...rest] = result.issues;
      throw new KneadRenderError(
        `${source} is invalid: ${first!.path}: ${first!.message}${rest.length ? ` (and ${rest.length} more)` : ''}`,
      );
    }
    resolved = result.value;
  }

  const props: Record<string, ReturnType<typeof signal>> = {};
  for (const [name, initial] of Object.entries({ content: undefined, ...spec.properties }))
    props[name] = signal(initial);
  const ctx = {
    content: signal(resolved),
    locale: computed(() => locale),
    attrs,
    props,
    emit: () => true,
    report: () => {},
    prerender: true,
  };
  const model = spec.model(ctx as never);
  const view = spec.view
    ? spec.view({ model, ctx: ctx as never })
    : spec.markup!(preactElement, model, ctx as never);
  const dir = modules[locale]?.direction ?? 'ltr';
  const markup = renderToString(jsx('div', { class: 'root', lang: locale, dir, children: view }));
  // The styles after the markup: the upgrade then finds the view's root first and moves nothing (a
  // move would take focus away from a control the visitor is on). Inline, the sheet is Knead's own CSS,
  // which holds no `</` to end the <style> early (render.test checks).
  const sheet =
    styles === 'inline'
      ? `<style>${prerenderStyles(tag)}</style>`
      : `<link rel="stylesheet" href="${escapeAttribute(`${base}styles/${tag.replace(/^knead-/, '')}.css`)}">`;
  const shadow = `<template shadowrootmode="open">${markup}${sheet}</template>`;
  return { attributes: Object.fromEntries(written), shadow, light: inlineContent(content) };
}

/**
 * The inline JSON that carries `content` into the element (`<script type="application/json">`), or ''
 * without content: what stays in the element's light DOM once the browser has made the shadow root.
 */
export const inlineContent = (content: ContentOverride | undefined): string =>
  content === undefined ? '' : `<script type="application/json">${inlineJson(content)}</script>`;

/**
 * Renders a widget to the HTML of its element: the tag with its attributes, a declarative shadow root
 * holding the view's markup for that locale and content, and the content as inline JSON. Every string
 * is escaped; there is no inline style. Throws {@link KneadRenderError} on anything invalid.
 */
export function renderWidget(tag: string, options: RenderOptions = {}): string {
  const { attributes, shadow, light } = renderParts(tag, options);
  const open = [
    tag,
    ...Object.entries(attributes).map(([n, v]) => (v === '' ? n : `${n}="${escapeAttribute(v)}"`)),
  ];
  return `<${open.join(' ')}>${shadow}${light}</${tag}>`;
}
