import { effect, untracked } from '@preact/signals-core';
import { nextIndex } from '../internal/keyboard';
import { highlight, searchWords } from '../internal/text';
import { textOnly, type ViewContext, type WidgetView } from '../internal/view';
import type { FaqModel } from './faq.model';

/** Props for the text of a question or answer, its search matches marked. */
const marked = (ctx: ViewContext<'faq', object>, text: string, words: string[]) => {
  const parts = highlight(text, words);
  return typeof parts === 'string'
    ? textOnly(ctx, parts)
    : { children: parts.map((p) => (typeof p === 'string' ? p : <mark part="match">{p.match}</mark>)) };
};

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

/**
 * Binds the open state straight to the DOM: a toggle sets `aria-expanded` and `data-open` on the
 * questions whose state changed, with no re-render of the view (the signals way, one effect per FAQ).
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
  const Heading = `h${ctx.attrs['heading-level'].value}` as 'h2';
  const results = model.results();
  // Untracked: opening and closing does not re-render the view; `bindOpenState` updates the two
  // attributes that change. A re-render for another reason writes the same, current state.
  const openIds = untracked(() => model.openIds());
  const words = searchWords(model.query.value);
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
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the list only listens; clicks and keys come from its question buttons */}
      <div part="list" onClick={onClick} onKeyDown={onListKey}>
        {results.flatMap((item) => {
          const { q, a } = idsOf(item.id);
          const open = openIds.includes(item.id);
          return [
            <Heading key={q} data-open={open || undefined}>
              <button
                type="button"
                class="q"
                part="question"
                id={q}
                aria-expanded={open}
                aria-controls={a}
                {...marked(ctx, item.question, words)}
              />
            </Heading>,
            <section
              key={a}
              part="answer"
              id={a}
              aria-labelledby={q}
              data-open={open || undefined}
              {...marked(ctx, item.answer, words)}
            />,
          ];
        })}
      </div>
    </section>
  );
};
