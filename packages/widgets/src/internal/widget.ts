import {
  type Content,
  type ContentOverride,
  type LocaleModule,
  mergeSections,
  resolveLocale,
  type SectionName,
  type SectionSchema,
} from '@knead/content';
import { effect, type Signal, signal, untracked } from '@preact/signals-core';
import type { FunctionComponent } from 'preact';
import { type AttributeSpec, commonAttributes } from './attributes';
import { fetchContent, parseInlineContent } from './content-source';
import { defineElement } from './define';
import { dispatch, type KneadErrorDetail } from './events';
import { loadLocaleModule } from './locale-source';
import { FieldOf, type Readable } from './readable';
import { tokens } from './tokens.styles';
import { VERSION } from './version';
import type { Make } from './view';

// This helper replaces preact-custom-element (which it started from) because Knead needs what the
// bridge does not do: constructable stylesheets shared by every instance (CSP-safe, no per-instance
// <style>), properties set before upgrade, layered content sources with validation, attributes parsed
// into signals, and errors reported as events instead of thrown into the host page.
// It renders with @preact/signals-core and effects instead of the @preact/signals adapter: measured
// (docs/decisions/0003), the adapter adds 2.0 KB gzip to every bundle and 2.5x the heap per FAQ, and
// renders slower. Each widget says how it shows itself (`mount`): a Preact view re-rendered by one
// effect (`preactView`), or, for one a page holds by the hundred (the FAQ), DOM it builds and binds
// itself (docs/decisions/0006). The runtime itself imports no Preact.

type Specs = Record<string, AttributeSpec<unknown>>;
type Values<A extends Specs> = {
  [N in keyof A]: Readable<A[N] extends AttributeSpec<infer T> ? T : never>;
};
type CommonSpecs = typeof commonAttributes;

/** What a widget's model and view receive from the runtime. */
export interface WidgetContext<K extends SectionName, A extends Specs, P extends object> {
  /** The resolved, validated content sections this widget uses. */
  content: Readable<Pick<Content, K>>;
  /** The resolved locale (`en`, `es`), for plural rules and list formatting. */
  locale: Readable<string>;
  /** Every observed attribute, parsed to a valid value. */
  attrs: Values<A & CommonSpecs>;
  /** Widget properties (rich values that are not attributes). */
  props: { [N in keyof P]: Signal<P[N]> };
  /** Dispatches a `knead-*` event on the host; false when a listener cancelled it. */
  emit(type: string, detail: unknown, cancelable?: boolean): boolean;
  /** Reports a problem: one console error and one `knead-error` event. */
  report(error: KneadErrorDetail): void;
  /** True when rendering to HTML before JavaScript (`renderWidget`): views add what reads without it. */
  prerender: boolean;
}

/** Everything that makes one widget. */
export interface WidgetSpec<K extends SectionName, A extends Specs, P extends object, M> {
  tag: string;
  sections: readonly K[];
  /** The built-in content of each section, by locale. */
  defaults: { [S in K]: Record<string, Content[S]> };
  /** The schema of each section, to validate overrides (only these ship in the widget's bundle). */
  schemas: { [S in K]: SectionSchema };
  attributes: A;
  /** Properties with their initial values; each gets an accessor on the element. */
  properties?: P;
  styles: string;
  model(ctx: WidgetContext<K, A, P>): M;
  /** The Preact view the server renders (`renderWidget`); a widget without one gives `markup`. */
  view?: FunctionComponent<{ model: M; ctx: WidgetContext<K, A, P> }>;
  /** The markup the server renders with Preact elements, for a widget that builds its own DOM. */
  markup?<N>(make: Make<N>, model: M, ctx: WidgetContext<K, A, P>): N;
  /**
   * Shows the widget in `container` (the shadow root's `.root`) and keeps it up to date with effects
   * of its own, taking over the pre-rendered markup there when `adopt` is true; returns their
   * disposers. `preactView(View)` gives `view` and this for a Preact view.
   */
  mount(container: HTMLElement, model: M, ctx: WidgetContext<K, A, P>, adopt: boolean): (() => void)[];
  /** Page-level side effects while connected (hash links, head tags); returns their cleanup. */
  connect?(host: HTMLElement, model: M, ctx: WidgetContext<K, A, P>): () => void;
}

/** Every widget's spec by tag, for the server renderer (`renderWidget`), which renders the same views. */
// biome-ignore lint/suspicious/noExplicitAny: specs of different widgets have different type parameters
export const widgetSpecs = new Map<string, WidgetSpec<SectionName, Specs, any, any>>();

// In Node (server rendering) there is no HTMLElement; the class must still be definable.
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;
// Constructed stylesheets belong to one document: one per document (an element may move into an iframe's).
const tokenSheets = new WeakMap<Document, CSSStyleSheet>();
function sheetIn(doc: Document, cache: WeakMap<Document, CSSStyleSheet>, css: string): CSSStyleSheet {
  let s = cache.get(doc);
  if (!s) {
    s = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
    s.replaceSync(css);
    cache.set(doc, s);
  }
  return s;
}

// Each locale other than English is loaded once per page, for every widget: undefined while it
// loads, the reason (a string) if it failed.
const loadedLocales = new Map<string, Signal<LocaleModule | string | undefined>>();
function loadLocale(locale: string) {
  let state = loadedLocales.get(locale);
  if (!state) {
    const s = signal<LocaleModule | string | undefined>(undefined);
    state = s;
    loadedLocales.set(locale, s);
    Promise.resolve(locale)
      .then(loadLocaleModule)
      .then(
        (module) => {
          s.value = module;
        },
        (error) => {
          s.value = String(error);
        },
      );
  }
  return state.value;
}

// One observer per page for every `lang` change (on <html> or any element); each connected widget
// then looks up its own nearest `lang` again.
const langListeners = new Set<() => void>();
let langObserver: MutationObserver | undefined;
// At module level, so that the observer's callback keeps no element alive.
function watchLang() {
  langObserver ??= new MutationObserver(() => {
    for (const update of langListeners) update();
  });
  langObserver.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
}

/** The nearest `lang` at or above `element`, across shadow-root boundaries. */
function nearestLang(element: Element): string {
  for (let at: Element | undefined = element; at; at = (at.getRootNode() as ShadowRoot).host) {
    const found = at.closest('[lang]');
    if (found) return found.getAttribute('lang')!;
  }
  return '';
}

/** What an element shows: resolved content, its locale and text direction. */
interface Shown<K extends SectionName> {
  content: Pick<Content, K>;
  locale: string;
  dir: 'ltr' | 'rtl';
}

/** What every Knead element has beyond HTMLElement (each element class declares its own properties). */
export interface KneadWidgetElement extends HTMLElement {
  /** Content overrides for this instance, merged by id over the built-in content (highest priority). */
  content: ContentOverride | undefined;
}

// The public face of the class: without it, declaration files would spell out every HTMLElement
// member and the runtime's private fields for each widget.
/** An element class made by `createWidget`. */
export interface KneadWidgetClass {
  new (): KneadWidgetElement;
  prototype: KneadWidgetElement;
  readonly observedAttributes: string[];
  /** The Knead version this class comes from. */
  readonly version: string;
  /** Registers this element under `tag` (default: its own tag); safe to call more than once. */
  define(tag?: string, registry?: CustomElementRegistry): void;
}

/** Builds the custom element class for a widget; registration happens elsewhere (`*.define.ts`). */
export function createWidget<K extends SectionName, A extends Specs, P extends object, M>(
  spec: WidgetSpec<K, A, P, M>,
): KneadWidgetClass {
  widgetSpecs.set(spec.tag, spec as never);
  const specs: Specs = { ...commonAttributes, ...spec.attributes };
  // `content` is one more property: the content override (highest priority).
  const props = { content: undefined, ...spec.properties } as Record<string, unknown>;
  const bases = new Map<string, Pick<Content, K>>();
  const fallbacks: Record<string, unknown> = {};
  for (const name in specs) fallbacks[name] = specs[name]!.fallback;
  // `ctx.attrs.name` is a signal made the first time something reads that attribute: most elements
  // never read most attributes, and a page may hold a hundred FAQs. Until then the parsed value
  // waits in `parsedValues`. (One signal for all attributes was less memory still, but then every effect
  // that acts on one attribute ran again when any other changed.)
  class Attrs {
    // camelCase: never an attribute's name (HTML lowercases those).
    readonly parsedValues: Record<string, unknown> = { ...fallbacks };
    readonly readSignals: Record<string, Signal<unknown>> = {};
    /** Sets an attribute's parsed value. */
    setValue(name: string, value: unknown) {
      this.parsedValues[name] = value;
      const read = this.readSignals[name];
      if (read) read.value = value;
    }
  }
  for (const name in specs) {
    Object.defineProperty(Attrs.prototype, name, {
      get(this: Attrs) {
        this.readSignals[name] ??= signal(this.parsedValues[name]);
        return this.readSignals[name];
      },
    });
  }
  const widgetSheets = new WeakMap<Document, CSSStyleSheet>();

  // One content object per locale, shared by every instance.
  const baseContent = (locale: string, module?: LocaleModule) => {
    let base = bases.get(locale);
    if (!base) {
      base = {} as Pick<Content, K>;
      for (const s of spec.sections)
        base[s] = spec.defaults[s][locale] ?? module?.[s] ?? spec.defaults[s].en!;
      bases.set(locale, base);
    }
    return base;
  };

  class KneadWidget extends Base {
    static observedAttributes = Object.keys(specs);
    /** The Knead version this class comes from. */
    static version = VERSION;
    /** Registers this element under `tag` (default: its own tag); safe to call more than once. */
    static define(tag = spec.tag, registry?: CustomElementRegistry) {
      defineElement(tag, this, registry);
    }

    // Memory per element is kept low on purpose (a page may hold a hundred FAQs): a signal only for
    // the attributes something reads, and one for both the inline JSON and the fetched `content-src`.
    #attrs = new Attrs();
    #props: Record<string, Signal<unknown>> = {};
    #sources = signal<{ inline?: unknown; fetched?: unknown }>({});
    #src = '';
    #stopFetch?: () => void;
    #pageLang = signal('');
    // The content, locale and direction shown; unset until the first content is ready (a locale may be loading).
    #shown = signal<Shown<K> | undefined>(undefined);
    #ctx?: WidgetContext<K, A, P>;
    #model?: M;
    #cleanup: (() => void)[] = [];
    #live = false;
    #pending: KneadErrorDetail[] = [];
    // The last invalid value of each source, reported once: re-resolving (a locale change) stays quiet.
    #reported?: Record<string, unknown>;
    #badLocale?: string;
    #bad?: Set<string>;
    #failedLocale?: string;
    #inlineText?: string;

    static {
      for (const name in props) {
        Object.defineProperty(KneadWidget.prototype, name, {
          get(this: KneadWidget) {
            return this.#props[name]!.value;
          },
          set(this: KneadWidget, value: unknown) {
            this.#props[name]!.value = value;
          },
        });
      }
    }

    constructor() {
      super();
      for (const name in props) this.#props[name] = signal(props[name]);
    }

    /** Content overrides for this instance, merged by id over the built-in content (highest priority). */
    declare content: ContentOverride | undefined;

    attributeChangedCallback(name: string, _old: string | null, raw: string | null) {
      const s = specs[name]!;
      let value = s.fallback;
      if (raw !== null) {
        const parsed = s.parse(raw);
        if (parsed === undefined) {
          // Each distinct bad value is reported once: setting it again and again says nothing new.
          const key = `${name}=${raw}`;
          this.#bad ??= new Set();
          if (!this.#bad.has(key)) {
            this.#bad.add(key);
            this.#report({
              code: 'invalid-attribute',
              message: `${name}="${raw}" is not valid (expected ${s.expected}); using ${s.fallbackText ?? JSON.stringify(s.fallback)}`,
            });
          }
        } else value = parsed;
      }
      this.#attrs.setValue(name, value);
    }

    connectedCallback() {
      if (this.#live) return; // moved within the page: still set up
      this.#live = true;
      // Properties set before the element was defined live on the instance and hide the accessors.
      for (const name in props) {
        if (Object.hasOwn(this, name)) {
          const value = (this as Record<string, unknown>)[name];
          delete (this as Record<string, unknown>)[name];
          (this as Record<string, unknown>)[name] = value;
        }
      }
      if (!langObserver) watchLang();
      const updateLang = () => {
        this.#pageLang.value = nearestLang(this);
      };
      updateLang();
      langListeners.add(updateLang);
      this.#ctx ??= this.#createContext();
      const ctx = this.#ctx;
      // A declarative shadow root from renderWidget, before the first render: hydrated, not re-created.
      let prerendered = !this.#model && this.shadowRoot?.querySelector<HTMLElement>('.root');
      let mounted: HTMLElement | undefined;
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      this.#adopt(root);

      this.#cleanup.push(
        () => langListeners.delete(updateLang),
        effect(() => this.#resolveContent()),
        () => {
          this.#stopFetch?.();
          this.#src = '';
        },
      );
      this.#readInline();
      if (document.readyState === 'loading') {
        // Upgraded by the parser before its children exist: the inline JSON arrives later.
        const onReady = () => this.#readInline();
        document.addEventListener('DOMContentLoaded', onReady, { once: true });
        this.#cleanup.push(() => document.removeEventListener('DOMContentLoaded', onReady));
      }
      try {
        this.#model ??= spec.model(ctx);
        const model = this.#model;
        // The container (`.root`, display: contents) carries the shown language and direction; an
        // explicit `dir` on the element wins. Nothing is shown until the locale's content is there: no
        // flash of English. A pre-rendered element (renderWidget: a declarative shadow root) keeps its
        // markup until then, and the widget takes over its nodes (same tree: nothing moves, focus
        // stays); then the parts only pre-rendering adds go (its stylesheet, linked or inline, and what
        // reads without JavaScript).
        this.#cleanup.push(
          effect(() => {
            const shown = this.#shown.value;
            if (shown) {
              const dir = (this.getAttribute('dir') as 'rtl' | null) || shown.dir;
              // Hydrating keeps every node (focus, a half-typed search); a pre-render in another
              // language is re-rendered instead. Then the parts only a pre-render has go.
              const hydrating = !!prerendered && prerendered.lang === shown.locale;
              // Mounted once; from then on the widget's own effects keep it up to date, and the
              // runtime sets only the language and direction.
              if (!mounted) {
                const container = hydrating
                  ? (prerendered as HTMLElement)
                  : Object.assign(root.ownerDocument.createElement('div'), { className: 'root' });
                container.lang = shown.locale;
                container.dir = dir;
                if (!hydrating) root.replaceChildren(container);
                this.#cleanup.push(...untracked(() => spec.mount(container, model, ctx, hydrating)));
                mounted = container;
              } else {
                mounted.lang = shown.locale;
                mounted.dir = dir;
              }
              if (prerendered)
                for (const extra of root.querySelectorAll('link, style, .static-only')) extra.remove();
              prerendered = null;
            }
          }),
        );
        if (spec.connect) this.#cleanup.push(spec.connect(this, model, ctx));
      } catch (error) {
        this.#report({ code: 'render', message: `could not render: ${String(error)}` });
        // Not set up after all: the next connection tries again.
        for (const fn of this.#cleanup.splice(0)) fn();
        this.#live = false;
      }
      for (const e of this.#pending.splice(0)) this.#report(e);
    }

    adoptedCallback() {
      // Moved into another document (an iframe's): its own stylesheets, or it would lose its look.
      if (this.shadowRoot) this.#adopt(this.shadowRoot);
    }

    #adopt(root: ShadowRoot) {
      const doc = this.ownerDocument;
      try {
        root.adoptedStyleSheets = [
          sheetIn(doc, tokenSheets, tokens),
          sheetIn(doc, widgetSheets, spec.styles),
        ];
      } catch {
        // A document without a window (createHTMLDocument) cannot adopt sheets; it shows nothing anyway.
      }
    }

    disconnectedCallback() {
      // Moving an element disconnects and reconnects it at once; only tear down if it stays gone.
      queueMicrotask(() => {
        if (this.isConnected || !this.#live) return;
        this.#live = false;
        for (const fn of this.#cleanup.splice(0)) fn();
        this.shadowRoot!.replaceChildren();
      });
    }

    #createContext(): WidgetContext<K, A, P> {
      const shown = this.#shown as Signal<Record<string, unknown> | undefined>;
      return {
        content: new FieldOf(shown, 'content', baseContent('en')),
        locale: new FieldOf(shown, 'locale', 'en'),
        attrs: this.#attrs as unknown as WidgetContext<K, A, P>['attrs'],
        props: this.#props as WidgetContext<K, A, P>['props'],
        emit: (type, detail, cancelable) => dispatch(this, type, detail, cancelable),
        report: (e) => this.#report(e),
        prerender: false,
      };
    }

    #resolveContent() {
      // Only an explicit `locale` attribute can be unsupported; a page's `lang` quietly falls back.
      const attrs = this.#attrs as unknown as Record<string, Signal<string>>;
      this.#fetchContentSrc(attrs['content-src']!.value);
      const { inline, fetched } = this.#sources.value;
      const requested = attrs.locale!.value;
      let { locale } = resolveLocale(requested || this.#pageLang.value);
      if (requested && requested !== this.#badLocale && !resolveLocale(requested).exact) {
        this.#badLocale = requested;
        this.#report({
          code: 'unsupported-locale',
          message: `locale "${requested}" has no content; showing "${locale}"`,
        });
      }
      let module: LocaleModule | string | undefined;
      if (!spec.defaults[spec.sections[0]!][locale]) {
        module = loadLocale(locale);
        if (!module) return; // still loading: keep what is shown (at first, nothing)
      }
      if (typeof module === 'string') {
        if (this.#failedLocale !== locale) {
          this.#failedLocale = locale;
          this.#report({
            code: 'locale-load',
            message: `locale "${locale}" failed to load (${module}); showing "en"`,
          });
        }
        locale = 'en';
        module = undefined;
      }
      // Lowest to highest priority, each source then its `locales` entry for the locale shown; an
      // invalid source is skipped and the best content so far stays.
      let content = baseContent(locale, module);
      const sources: [string, unknown][] = [];
      for (const [source, value] of [
        ['content-src', fetched],
        ['inline JSON', inline],
        ['content property', this.#props.content!.value],
      ] as const) {
        sources.push(
          [source, value],
          [`${source} locales.${locale}`, (value as ContentOverride)?.locales?.[locale]],
        );
      }
      for (const [source, value] of sources) {
        if (value === undefined || value === null) continue;
        const result = mergeSections(content, value, spec.schemas);
        if (result.ok) {
          content = result.value;
          if (this.#reported) this.#reported[source] = undefined;
        } else if (!Object.is(this.#reported?.[source], value)) {
          this.#reported = { ...this.#reported, [source]: value };
          const [first, ...rest] = result.issues;
          this.#report({
            code: 'content-invalid',
            path: first!.path,
            message: `${source} is invalid and was skipped: ${first!.path}: ${first!.message}${rest.length ? ` (and ${rest.length} more)` : ''}`,
          });
        }
      }
      const dir = module?.direction ?? 'ltr';
      const shown = this.#shown.peek();
      // Only a real change re-renders (a new `content-src` URL, say, changes nothing until it arrives).
      if (shown?.content !== content || shown.locale !== locale || shown.dir !== dir)
        this.#shown.value = { content, locale, dir };
    }

    /** Starts fetching `content-src` when it changed (and stops the fetch of the one before). */
    #fetchContentSrc(url: string) {
      if (url === this.#src) return;
      this.#stopFetch?.();
      this.#src = url;
      // The old URL's content goes with it (this runs inside the resolve effect, which reads the sources next).
      if (this.#sources.peek().fetched !== undefined)
        this.#sources.value = { ...this.#sources.peek(), fetched: undefined };
      this.#stopFetch = url
        ? fetchContent(
            url,
            (fetched) => {
              this.#sources.value = { ...this.#sources.peek(), fetched };
            },
            (problem) => this.#report(problem),
          )
        : undefined;
    }

    #readInline() {
      // A walk over the children, not querySelector: most elements have none, and pages have many elements.
      let script = this.firstElementChild;
      while (script && !(script.localName === 'script' && script.getAttribute('type') === 'application/json'))
        script = script.nextElementSibling;
      const text = script?.textContent ?? undefined;
      if (text === this.#inlineText) return;
      this.#inlineText = text;
      const { value, problem } = parseInlineContent(text);
      this.#sources.value = { ...this.#sources.peek(), inline: value };
      if (problem) this.#report(problem);
    }

    #report(error: KneadErrorDetail) {
      if (!this.isConnected) {
        this.#pending.push(error);
        return;
      }
      console.error(`<${this.localName}> ${error.message}`);
      dispatch(this, 'knead-error', error);
    }
  }

  return KneadWidget;
}
