import type { FaqItem } from '@knead/content';
import { effect, untracked } from '@preact/signals-core';
import { jsx } from 'preact/jsx-runtime';
import { nextIndex } from '../internal/keyboard';
import { highlight, searchWords } from '../internal/text';
import type { ViewContext, WidgetView } from '../internal/view';
import type { FaqModel } from './faq.model';

// Element ids per question id, made once and shared by every instance (a page may hold many FAQs).
const domIds = new Map<string, { q: string; a: string }>();
const idsOf = (id: string) => {
  let ids = domIds.get(id);
  if (!ids) {
    ids = { q: `q-${id}`, a: `a-${id}` };
    domIds.set(id, ids);
  }
  return ids;
};

// Never anything but '' (content is text, never HTML), and never assigned: see the list in FaqView.
const UNMANAGED = { __html: '' };

/** The question button an event inside the list came from, if any. */
const questionOf = (event: Event) => (event.target as Element).closest<HTMLButtonElement>('.q');

function onListKey(event: KeyboardEvent) {
  const button = questionOf(event);
  if (!button) return;
  const buttons = [...(event.currentTarget as Element).querySelectorAll<HTMLButtonElement>('.q')];
  const index = nextIndex(event.key, buttons.indexOf(button), buttons.length);
  if (index === undefined) return;
  event.preventDefault();
  buttons[index]!.focus();
}

function clearSearch(this: FaqModel, event: MouseEvent) {
  const root = (event.currentTarget as Node).getRootNode() as ShadowRoot;
  this.search('');
  root.getElementById('search')?.focus();
}

/** Makes an element with attributes (`undefined`: none) and children (strings are text). */
type Make<N> = (tag: string, attributes: Record<string, string | undefined>, children: (N | string)[]) => N;

/** The server render makes Preact elements. */
const preactElement: Make<ReturnType<typeof jsx>> = (tag, attributes, children) =>
  jsx(tag as 'div', { ...attributes, children });

/** The browser makes DOM elements in the document of the list they go into (an iframe's, maybe). */
const domElement =
  (doc: Document): Make<Element> =>
  (tag, attributes, children) => {
    const element = doc.createElement(tag);
    for (const name in attributes) {
      const value = attributes[name];
      if (value !== undefined) element.setAttribute(name, value);
    }
    element.append(...children); // strings become text nodes: content is text, never HTML
    return element;
  };

/**
 * One question (a heading holding its button) and its answer, the search matches marked: the one
 * description of this markup, for Preact elements and for DOM elements alike.
 */
function questionParts<N>(make: Make<N>, item: FaqItem, open: boolean, words: string[], level: number): N[] {
  const { q, a } = idsOf(item.id);
  const text = (value: string) => {
    const parts = highlight(value, words);
    return typeof parts === 'string'
      ? [parts]
      : parts.map((p) => (typeof p === 'string' ? p : make('mark', { part: 'match' }, [p.match])));
  };
  const openMark = open ? '' : undefined;
  const button = make(
    'button',
    {
      type: 'button',
      class: 'q',
      part: 'question',
      id: q,
      'aria-expanded': String(open),
      'aria-controls': a,
    },
    text(item.question),
  );
  return [
    make(`h${level}`, { 'data-open': openMark }, [button]),
    make(
      'section',
      { part: 'answer', id: a, 'aria-labelledby': q, 'data-open': openMark },
      text(item.answer),
    ),
  ];
}

/** The questions shown (the search results), in `make`'s elements. */
function questions<N>(make: Make<N>, model: FaqModel, ctx: ViewContext<'faq', object>): N[] {
  const words = searchWords(model.query.value);
  const level = ctx.attrs['heading-level'].value;
  // Untracked: opening and closing rebuilds nothing; `bindOpenState` sets the attributes that change.
  const open = untracked(() => model.openIds());
  return model.results().flatMap((item) => questionParts(make, item, open.includes(item.id), words, level));
}

/**
 * Binds the questions straight to the DOM, without a virtual node per question (measured: that was
 * 1.8 KB of heap per FAQ, and a page may hold a hundred). The list is rebuilt when what it shows
 * changes (a search, the content, the heading level), keeping focus on the question it was on; a
 * pre-rendered list is taken over as it is.
 */
export function bindQuestions(
  root: ShadowRoot,
  model: FaqModel,
  ctx: ViewContext<'faq', object>,
): () => void {
  let first = true;
  return effect(() => {
    // The view always renders the list, and this runs after it first rendered.
    const list = root.querySelector('[part=list]')!;
    const adopting = first && list.firstChild;
    first = false;
    // Either way the effect reads what the list shows (search, content, heading level).
    if (adopting && adopted(root, list, model, ctx)) return;
    const nodes = questionNodes(root.ownerDocument, model, ctx);
    const focused = list.contains(root.activeElement) ? root.activeElement!.id : '';
    list.replaceChildren(nodes);
    if (focused) (root.getElementById(focused) as HTMLElement | null)?.focus();
  });
}

/**
 * Whether the pre-rendered questions in `list` are the ones shown, so they can stay (focus and all).
 * Their text is set again where the HTML could not carry it (the parser turns a NUL into U+FFFD).
 */
function adopted(root: ShadowRoot, list: Element, model: FaqModel, ctx: ViewContext<'faq', object>): boolean {
  const heading = `h${ctx.attrs['heading-level'].value}`;
  const items = model.results();
  if (list.querySelectorAll('.q').length !== items.length) return false;
  for (const item of items) {
    const { q, a } = idsOf(item.id);
    const button = root.getElementById(q);
    const answer = root.getElementById(a);
    if (!button || !answer || button.parentElement!.localName !== heading) return false;
    if (button.textContent !== item.question) button.textContent = item.question;
    if (answer.textContent !== item.answer) answer.textContent = item.answer;
  }
  return true;
}

// Without a search, the questions are the same for every FAQ showing the same content with the same
// heading level and open ids: made once per document and cloned, which the browser does in its own
// code rather than element by element from script (a page may hold a hundred FAQs). A FAQ with a
// content override has items of its own, so its cached copy serves only it.
const madeLists = new WeakMap<FaqItem[], Map<string, DocumentFragment>>();

/** The questions shown, as DOM nodes in `doc`. */
function questionNodes(doc: Document, model: FaqModel, ctx: ViewContext<'faq', object>): Node {
  const make = () => {
    const fragment = doc.createDocumentFragment();
    fragment.append(...questions(domElement(doc), model, ctx));
    return fragment;
  };
  if (model.query.value.trim()) return make();
  const { items } = ctx.content.value.faq;
  let made = madeLists.get(items);
  if (!made) {
    made = new Map();
    madeLists.set(items, made);
  }
  const key = `${ctx.attrs['heading-level'].value} ${untracked(() => model.openIds()).join(' ')}`;
  let list = made.get(key);
  if (list?.ownerDocument !== doc) {
    list = make();
    made.set(key, list);
  }
  return list.cloneNode(true);
}

/**
 * Binds the open state straight to the DOM: a toggle sets `aria-expanded` and `data-open` on the
 * questions whose state changed, with no re-render (the signals way, one effect per FAQ).
 */
export function bindOpenState(root: ShadowRoot, model: FaqModel): () => void {
  return effect(() => {
    const open = model.openIds();
    for (const button of root.querySelectorAll<HTMLButtonElement>('.q')) {
      const isOpen = open.includes(button.id.slice(2));
      if ((button.getAttribute('aria-expanded') === 'true') === isOpen) continue;
      button.setAttribute('aria-expanded', String(isOpen));
      button.parentElement!.toggleAttribute('data-open', isOpen);
      root.getElementById(button.getAttribute('aria-controls')!)!.toggleAttribute('data-open', isOpen);
    }
  });
}

// Few nodes per question on purpose (no wrapper per item, click and keys handled once on the list):
// pages embed many FAQs, and every node and listener costs memory and layout.
/** The FAQ: an optional search box and an APG accordion of questions. */
export const FaqView: WidgetView<FaqModel, 'faq', { searchable: boolean }> = ({ model, ctx }) => {
  const { ui, title } = ctx.content.value.faq;
  const results = model.results();
  const onClick = (event: MouseEvent) => {
    const button = questionOf(event);
    if (button) model.toggle(button.id.slice(2));
  };
  return (
    <section part="base" aria-label={title}>
      {ctx.attrs.searchable.value && (
        <div part="search" class="search">
          <label for="search">{ui.searchLabel}</label>
          <input
            id="search"
            part="search-input"
            type="search"
            autocomplete="off"
            value={model.query.value}
            onInput={(e) => model.search(e.currentTarget.value)}
          />
          <p part="count" class="muted" role="status">
            {model.count()}
          </p>
        </div>
      )}
      {results.length === 0 && (
        <div part="empty" class="empty">
          <p>{model.empty()}</p>
          <button type="button" class="btn quiet" onClick={clearSearch.bind(model)}>
            {ui.clear}
          </button>
        </div>
      )}
      {ctx.prerender ? (
        <div part="list">{questions(preactElement, model, ctx)}</div>
      ) : (
        // In the browser the questions are `bindQuestions`'s, and Preact leaves the list's children
        // alone: it adds none. Only a hydrating Preact would remove the pre-rendered ones, unless the
        // list has an `__html`, which hydration does not diff; given from the first render on and never
        // changed, Preact never assigns it either (no Trusted Types sink is touched).
        // biome-ignore lint/a11y/noStaticElementInteractions: the list only listens; clicks and keys come from its question buttons
        <div
          part="list"
          onClick={onClick}
          onKeyDown={onListKey}
          // biome-ignore lint/security/noDangerouslySetInnerHtml: always '' (UNMANAGED), never assigned
          dangerouslySetInnerHTML={ctx.hydrated ? UNMANAGED : undefined}
        />
      )}
    </section>
  );
};
