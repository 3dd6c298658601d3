import type { FaqItem, FaqSection } from '@knead/content';
import { effect, untracked } from '@preact/signals-core';
import { nextIndex } from '../internal/keyboard';
import { highlight, searchWords } from '../internal/text';
import type { Make, ViewContext, WidgetMarkup } from '../internal/view';
import type { FaqModel } from './faq.model';

type FaqContext = ViewContext<'faq', { searchable: boolean }>;

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

/** The browser makes DOM elements in the document the FAQ is in (an iframe's, maybe). */
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
function questions<N>(make: Make<N>, model: FaqModel, ctx: FaqContext): N[] {
  const words = searchWords(model.query.value);
  const level = ctx.attrs['heading-level'].value;
  // Untracked: opening and closing rebuilds nothing; `bindOpenState` sets the attributes that change.
  const open = untracked(() => model.openIds());
  return model.results().flatMap((item) => questionParts(make, item, open.includes(item.id), words, level));
}

/** The search box: its label, the field and the "2 of 5 questions" status. */
const searchParts = <N>(make: Make<N>, model: FaqModel, ui: FaqSection['ui']): N =>
  make('div', { part: 'search', class: 'search' }, [
    make('label', { for: 'search' }, [ui.searchLabel]),
    make(
      'input',
      {
        id: 'search',
        part: 'search-input',
        type: 'search',
        autocomplete: 'off',
        value: model.query.value || undefined,
      },
      [],
    ),
    make('p', { part: 'count', class: 'muted', role: 'status' }, [model.count()]),
  ]);

/** What shows when no question matches the search, with a button that clears it. */
const emptyParts = <N>(make: Make<N>, model: FaqModel, ui: FaqSection['ui']): N =>
  make('div', { part: 'empty', class: 'empty' }, [
    make('p', {}, [model.empty()]),
    make('button', { type: 'button', class: 'btn quiet' }, [ui.clear]),
  ]);

// Few nodes per question on purpose (no wrapper per item, clicks and keys handled once per FAQ):
// pages embed many FAQs, and every node and listener costs memory and layout.
/** The FAQ: an optional search box, the empty state, and an APG accordion of `list`'s questions. */
function faqParts<N>(make: Make<N>, model: FaqModel, ctx: FaqContext, list: N[]): N {
  const { ui, title } = ctx.content.value.faq;
  const parts: N[] = [];
  if (ctx.attrs.searchable.value) parts.push(searchParts(make, model, ui));
  if (model.results().length === 0) parts.push(emptyParts(make, model, ui));
  parts.push(make('div', { part: 'list' }, list));
  return make('section', { part: 'base', 'aria-label': title }, parts);
}

/** The FAQ's markup: what the server renders (`renderWidget`) and `mountFaq` builds in the browser. */
export const faqMarkup: WidgetMarkup<FaqModel, 'faq', { searchable: boolean }> = (make, model, ctx) =>
  faqParts(make, model, ctx, questions(make, model, ctx));

/** The FAQ's visitors' actions, for one listener per event type on the FAQ (no closure per FAQ). */
class FaqEvents {
  constructor(readonly model: FaqModel) {}

  handleEvent(event: Event) {
    const target = event.target as HTMLElement;
    if (event.type === 'input') {
      if (target.id === 'search') this.model.search((target as HTMLInputElement).value);
      return;
    }
    const question = target.closest<HTMLButtonElement>('.q');
    if (event.type === 'keydown') {
      if (!question) return;
      const buttons = [...question.closest('[part=list]')!.querySelectorAll<HTMLButtonElement>('.q')];
      const index = nextIndex((event as KeyboardEvent).key, buttons.indexOf(question), buttons.length);
      if (index === undefined) return;
      event.preventDefault();
      buttons[index]!.focus();
    } else if (question) {
      this.model.toggle(question.id.slice(2));
    } else if (target.closest('[part=empty] button')) {
      // The root first: clearing the search removes the button (and so its way to the root).
      const root = target.getRootNode() as ShadowRoot;
      this.model.search('');
      root.getElementById('search')?.focus();
    }
  }
}

/** Sets a node's text only when it differs (no mutation, no announcement, for what did not change). */
const setText = (node: Node | null | undefined, text: string) => {
  if (node && node.textContent !== text) node.textContent = text;
};

/**
 * Builds the FAQ into `container` and binds it straight to the DOM, or takes over the pre-rendered
 * FAQ there (its nodes stay: focus, and a search typed before the script ran). No virtual nodes and no
 * re-render: measured (docs/decisions/0006), Preact rendering the FAQ's shell was a quarter of the
 * script time of a page of 100 FAQs, and leaving Preact out takes 4.6 KB gzip off the FAQ's bundle.
 * Effects set what changes: the title, the search box and its count, the empty state, the questions
 * shown (`bindQuestions`) and which are open (`bindOpenState`).
 */
export function mountFaq(
  container: HTMLElement,
  model: FaqModel,
  ctx: FaqContext,
  adopt: boolean,
): (() => void)[] {
  const make = domElement(container.ownerDocument);
  let base = adopt ? container.querySelector<HTMLElement>('[part=base]') : null;
  // A search typed into the pre-render before the script ran is the search.
  const typed = base?.querySelector<HTMLInputElement>('#search')?.value;
  if (typed) model.search(typed);
  // The shell: what is outside the list follows the content, the search and the attributes. Its first
  // run builds it (the list empty, for `bindQuestions`), unless there is a pre-render to update.
  const shell = effect(() => {
    if (!base) {
      base = faqParts(make, model, ctx, []) as HTMLElement;
      container.replaceChildren(base);
      return;
    }
    const { ui, title } = ctx.content.value.faq;
    if (base.getAttribute('aria-label') !== title) base.setAttribute('aria-label', title);
    const search = base.querySelector(':scope > [part=search]');
    if (!ctx.attrs.searchable.value) search?.remove();
    else if (!search) base.prepend(searchParts(make, model, ui));
    else {
      setText(search.firstChild, ui.searchLabel);
      setText(search.lastChild, model.count());
      const input = search.children[1] as HTMLInputElement;
      if (input.value !== model.query.value) input.value = model.query.value;
    }
    const empty = base.querySelector(':scope > [part=empty]');
    if (model.results().length) empty?.remove();
    else if (!empty) base.querySelector(':scope > [part=list]')!.before(emptyParts(make, model, ui));
    else {
      setText(empty.firstChild, model.empty());
      setText(empty.lastChild, ui.clear);
    }
  });
  const section = base!; // built or adopted by the effect's first run
  const events = new FaqEvents(model);
  for (const type of ['click', 'keydown', 'input']) section.addEventListener(type, events);
  const list = section.querySelector('[part=list]')!;
  return [shell, bindQuestions(list, model, ctx, adopt), bindOpenState(list, model)];
}

/**
 * Binds the questions straight to the DOM, without a virtual node per question (measured: that was
 * 1.8 KB of heap per FAQ, and a page may hold a hundred). The list is rebuilt when what it shows
 * changes (a search, the content, the heading level), keeping focus on the question it was on; a
 * pre-rendered list is taken over as it is.
 */
function bindQuestions(list: Element, model: FaqModel, ctx: FaqContext, adopt: boolean): () => void {
  let first = true;
  return effect(() => {
    const adopting = first && adopt && list.firstChild;
    first = false;
    // Either way the effect reads what the list shows (search, content, heading level).
    if (adopting && adopted(list, model, ctx)) return;
    const nodes = questionNodes(list.ownerDocument, model, ctx);
    const root = list.getRootNode() as ShadowRoot;
    const focused = list.contains(root.activeElement) ? root.activeElement!.id : '';
    list.replaceChildren(nodes);
    if (focused) (root.getElementById(focused) as HTMLElement | null)?.focus();
  });
}

/**
 * Whether the pre-rendered questions in `list` are the ones shown, so they can stay (focus and all).
 * Their text is set again where the HTML could not carry it (the parser turns a NUL into U+FFFD).
 */
function adopted(list: Element, model: FaqModel, ctx: FaqContext): boolean {
  const heading = `H${ctx.attrs['heading-level'].value}`;
  const items = model.results();
  const buttons = list.querySelectorAll('.q');
  if (buttons.length !== items.length) return false;
  return items.every((item, i) => {
    const button = buttons[i]!;
    const answer = button.parentElement!.nextElementSibling;
    if (button.id !== idsOf(item.id).q || button.parentElement!.tagName !== heading || !answer) return false;
    setText(button, item.question);
    setText(answer, item.answer);
    return true;
  });
}

// Without a search, the questions are the same for every FAQ showing the same content with the same
// heading level and open ids: made once per document and cloned, which the browser does in its own
// code rather than element by element from script (a page may hold a hundred FAQs). A FAQ with a
// content override has items of its own, so its cached copy serves only it.
const madeLists = new WeakMap<FaqItem[], Map<string, DocumentFragment>>();

/** The questions shown, as DOM nodes in `doc`. */
function questionNodes(doc: Document, model: FaqModel, ctx: FaqContext): Node {
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
function bindOpenState(list: Element, model: FaqModel): () => void {
  return effect(() => {
    const open = model.openIds();
    for (const button of list.querySelectorAll<HTMLButtonElement>('.q')) {
      const isOpen = open.includes(button.id.slice(2));
      if ((button.getAttribute('aria-expanded') === 'true') === isOpen) continue;
      button.setAttribute('aria-expanded', String(isOpen));
      const heading = button.parentElement!;
      heading.toggleAttribute('data-open', isOpen);
      heading.nextElementSibling!.toggleAttribute('data-open', isOpen);
    }
  });
}
