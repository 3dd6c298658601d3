import { type FaqSection, formatTemplate, plural } from '@knead/content';
import { computed, type ReadonlySignal, signal } from '@preact/signals-core';
import { highlight, matchesAll, searchWords } from '../internal/text';

/** The detail of `knead-faq-toggle`. */
export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

/** What the FAQ model reads. */
export interface FaqModelInput {
  section: ReadonlySignal<FaqSection>;
  locale: ReadonlySignal<string>;
  multiple: ReadonlySignal<boolean>;
  /** Ids open at start (the `open` attribute), until the visitor opens or closes one. */
  initiallyOpen: ReadonlySignal<string[]>;
  emit(type: 'knead-faq-toggle', detail: FaqToggleDetail): void;
}

/** The state and actions of an FAQ accordion with search. */
export function createFaqModel({ section, locale, multiple, initiallyOpen, emit }: FaqModelInput) {
  const chosen = signal<string[] | undefined>(undefined);
  const query = signal('');

  const openIds = computed(() => {
    const ids = new Set(section.value.items.map((item) => item.id));
    const open = (chosen.value ?? initiallyOpen.value).filter((id) => ids.has(id));
    return multiple.value ? open : open.slice(0, 1);
  });
  const words = computed(() => searchWords(query.value));
  const results = computed(() =>
    section.value.items
      .filter((item) => matchesAll(words.value, item.question, item.answer))
      .map((item) => ({
        id: item.id,
        question: highlight(item.question, words.value),
        answer: highlight(item.answer, words.value),
        open: openIds.value.includes(item.id),
      })),
  );
  const count = computed(() =>
    formatTemplate(plural(section.value.ui.count, results.value.length, locale.value), {
      count: results.value.length,
      total: section.value.items.length,
    }),
  );
  const empty = computed(() => formatTemplate(section.value.ui.empty, { query: query.value.trim() }));

  function setOpen(id: string, open: boolean) {
    const before = openIds.value;
    if (before.includes(id) === open || !section.value.items.some((item) => item.id === id)) return;
    const after = open ? (multiple.value ? [...before, id] : [id]) : before.filter((other) => other !== id);
    chosen.value = after;
    for (const other of before)
      if (!after.includes(other)) emit('knead-faq-toggle', { id: other, open: false });
    if (open) emit('knead-faq-toggle', { id, open: true });
  }

  return {
    query: query as ReadonlySignal<string>,
    results,
    count,
    empty,
    openIds,
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
