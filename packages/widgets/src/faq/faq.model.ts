import { type Content, formatTemplate, plural } from '@knead/content';
import { computed, type ReadonlySignal, signal } from '@preact/signals-core';
import { matchesAll, searchWords } from '../internal/text';

/** The detail of `knead-faq-toggle`. */
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

/** What the FAQ model reads. */
export interface FaqModelInput {
  content: ReadonlySignal<Pick<Content, 'faq'>>;
  locale: ReadonlySignal<string>;
  multiple: ReadonlySignal<boolean>;
  /** Ids open at start (the `open` attribute), until the visitor opens or closes one. */
  initiallyOpen: ReadonlySignal<string[]>;
  emit(type: 'knead-faq-toggle', detail: FaqToggleDetail): void;
}

// Derived text is a plain function rather than a computed: the view renders inside one effect that
// tracks whatever it reads, and an FAQ page may hold many instances, so fewer nodes per instance.
/** The state and actions of an FAQ accordion with search. */
export function createFaqModel({ content, locale, multiple, initiallyOpen, emit }: FaqModelInput) {
  const chosen = signal<string[] | undefined>(undefined);
  const query = signal('');
  const items = () => content.value.faq.items;

  const openIds = computed(() => {
    const open = (chosen.value ?? initiallyOpen.value).filter((id) => items().some((item) => item.id === id));
    return multiple.value ? open : open.slice(0, 1);
  });
  // The matching items themselves (shared content, no copies per instance); the view highlights.
  const results = computed(() => {
    const words = searchWords(query.value);
    return items().filter((item) => matchesAll(words, item.question, item.answer));
  });

  function setOpen(id: string, open: boolean) {
    const before = openIds.value;
    if (before.includes(id) === open || !items().some((item) => item.id === id)) return;
    const after = open ? (multiple.value ? [...before, id] : [id]) : before.filter((other) => other !== id);
    chosen.value = after;
    for (const other of before)
      if (!after.includes(other)) emit('knead-faq-toggle', { id: other, open: false });
    if (open) emit('knead-faq-toggle', { id, open: true });
  }

  return {
    query: query as ReadonlySignal<string>,
    results,
    openIds,
    /** "2 of 5 questions". */
    count: () => {
      const { ui } = content.value.faq;
      return plural(ui.count, results.value.length, locale.value, items().length);
    },
    /** The empty-search message, naming the search. */
    empty: () => formatTemplate(content.value.faq.ui.empty, { query: query.value.trim() }),
    /** Opens or closes one question; in single mode opening closes the others. */
    setOpen,
    toggle: (id: string) => setOpen(id, !openIds.value.includes(id)),
    search: (text: string) => {
      query.value = text;
    },
  };
}

/** The FAQ model's public shape. */
export type FaqModel = ReturnType<typeof createFaqModel>;
