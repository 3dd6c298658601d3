import { type Content, type FaqItem, formatTemplate, plural } from '@knead/content';
import { type ReadonlySignal, signal } from '@preact/signals-core';
import type { Readable } from '../internal/readable';
import { matchesAll, searchWords } from '../internal/text';

/** The detail of `knead-faq-toggle`. */
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

/** What the FAQ model reads. */
export interface FaqModelInput {
  content: Readable<Pick<Content, 'faq'>>;
  locale: Readable<string>;
  multiple: Readable<boolean>;
  /** Ids open at start (the `open` attribute), until the visitor opens or closes one. */
  initiallyOpen: Readable<string[]>;
  emit(type: 'knead-faq-toggle', detail: FaqToggleDetail): void;
}

// A class, and derived values as methods rather than computeds: a page may hold a hundred FAQs, and
// methods on the prototype and two signals cost less per instance than closures and computed nodes.
// Whatever calls them inside an effect (the view, the open-state binding) tracks what they read.
/** The state and actions of an FAQ accordion with search. */
export class FaqModel {
  readonly #input: FaqModelInput;
  readonly #chosen = signal<string[] | undefined>(undefined);
  readonly #query = signal('');

  constructor(input: FaqModelInput) {
    this.#input = input;
  }

  #items(): FaqItem[] {
    return this.#input.content.value.faq.items;
  }

  /** Whether a question with this id exists. */
  has(id: string): boolean {
    return this.#items().some((item) => item.id === id);
  }

  /** The search text. */
  get query(): ReadonlySignal<string> {
    return this.#query;
  }

  /** The open question ids, in the order opened; one at most unless `multiple`. */
  openIds(): string[] {
    const open = (this.#chosen.value ?? this.#input.initiallyOpen.value).filter((id) => this.has(id));
    return this.#input.multiple.value ? open : open.slice(0, 1);
  }

  /** The questions matching the search (shared content, no copies per instance); the view highlights. */
  results(): FaqItem[] {
    const words = searchWords(this.#query.value);
    return this.#items().filter((item) => matchesAll(words, item.question, item.answer));
  }

  /** "2 of 5 questions". */
  count(): string {
    const { ui } = this.#input.content.value.faq;
    return plural(ui.count, this.results().length, this.#input.locale.value, this.#items().length);
  }

  /** The empty-search message, naming the search. */
  empty(): string {
    return formatTemplate(this.#input.content.value.faq.ui.empty, { query: this.#query.value.trim() });
  }

  /** Opens or closes one question; in single mode opening closes the others. */
  setOpen(id: string, open: boolean): void {
    const before = this.openIds();
    if (before.includes(id) === open || !this.has(id)) return;
    const after = open
      ? this.#input.multiple.value
        ? [...before, id]
        : [id]
      : before.filter((o) => o !== id);
    this.#chosen.value = after;
    for (const other of before)
      if (!after.includes(other)) this.#input.emit('knead-faq-toggle', { id: other, open: false });
    if (open) this.#input.emit('knead-faq-toggle', { id, open: true });
  }

  toggle(id: string): void {
    this.setOpen(id, !this.openIds().includes(id));
  }

  search(text: string): void {
    this.#query.value = text;
  }
}

/** The FAQ model for `input`. */
export const createFaqModel = (input: FaqModelInput): FaqModel => new FaqModel(input);
