// Stories build the elements the way a page does: a tag, attributes, and (for rich data) the `content`
// property or an inline JSON child. "Show code" therefore shows markup a spa owner can paste.
import type { Args, Decorator, StoryContext } from '@storybook/web-components-vite';
import { declaration, eventArg, eventNames } from './manifest';

/** The locale toolbar's "no attribute" choice: widgets follow the page's `lang`. */
export const PAGE_LANG = 'page';

type Context = Pick<StoryContext, 'globals'>;

/** The toolbar's theme or locale, when it differs from what a widget does without the attribute. */
function fromToolbar(attribute: string, { globals }: Context): string | undefined {
  if (attribute === 'theme' && globals.theme && globals.theme !== 'light') return globals.theme;
  if (attribute === 'locale' && globals.locale && globals.locale !== PAGE_LANG) return globals.locale;
  return undefined;
}

/** The theme a story shows: its own `theme` arg, else the toolbar's. */
export const storyTheme = (args: Args, context: Context): string =>
  args.theme || fromToolbar('theme', context) || 'light';

/**
 * Creates `<tag>` with an attribute for each manifest attribute set in `args` (`true` → present,
 * `false`/empty → absent), `--knead-*` args as inline custom properties, and each manifest property
 * (`content`…) set on the element. Theme and locale come from the toolbar unless the story sets them.
 */
export function widget(tag: string, args: Args, context: Context): HTMLElement {
  const d = declaration(tag);
  const el = document.createElement(tag);
  for (const { name } of d.attributes) {
    const value = args[name] ?? fromToolbar(name, context);
    if (value === undefined || value === null || value === false || value === '') continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const { name } of d.cssProperties) if (args[name]) el.style.setProperty(name, String(args[name]));
  for (const { name, kind, static: isStatic } of d.members)
    if (kind === 'field' && !isStatic && args[name] !== undefined) Object.assign(el, { [name]: args[name] });
  return el;
}

/** Adds the documented inline override: a `<script type="application/json">` child. */
export function withInlineJson(el: HTMLElement, content: unknown): HTMLElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = `\n${JSON.stringify(content, null, 2)}\n`;
  el.append(script);
  return el;
}

/**
 * Wraps every story in a canvas painted for its theme, and logs every `knead-*` event that reaches it
 * (they bubble and are composed) to the event's `on…` arg: the actions panel shows the detail, and
 * play functions assert on the same spies. Book links are cancelled so the preview stays put.
 */
export const withKneadCanvas: Decorator = (story, context) => {
  const canvas = document.createElement('div');
  canvas.className = 'knead-canvas';
  canvas.dataset.theme = storyTheme(context.args, context);
  canvas.dataset.viewMode = context.viewMode;
  for (const name of eventNames) {
    canvas.addEventListener(name, (event) => {
      const spy = context.args[eventArg(name)];
      if (typeof spy === 'function') spy((event as CustomEvent).detail);
      if (name === 'knead-book') event.preventDefault();
    });
  }
  const node = story();
  if (!(node instanceof Node)) throw new Error(`${context.title}: a Knead story must render DOM nodes`);
  canvas.append(node);
  return canvas;
};

/** Several widgets in one story (a group, one per locale): a fragment, so "Show code" lists only them. */
export function several(...children: Node[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  fragment.append(...children);
  return fragment;
}
