// The FAQ view written the @preact/signals way, kept to measure against the shipped one
// (docs/decisions/0003-fine-grained-updates.md): each question is a component whose open state is a
// computed signal bound straight to `aria-expanded` and `data-open`, so a toggle updates those
// attributes and re-renders nothing; the list re-renders only when the results change.
// Build it in place of faq.view.ts with `node docs/decisions/0003-fine-grained-updates/build.mjs`.

import type { FaqItem } from '@knead/content';
import { useComputed } from '@preact/signals';
import type { FaqModel } from '../../../packages/widgets/src/faq/faq.model';
import { nextIndex } from '../../../packages/widgets/src/internal/keyboard';
import { preactView } from '../../../packages/widgets/src/internal/preact-view';
import { highlight, searchWords } from '../../../packages/widgets/src/internal/text';
import type { WidgetView } from '../../../packages/widgets/src/internal/view';

const marked = (text: string, words: string[]) => {
  const parts = highlight(text, words);
  return typeof parts === 'string'
    ? parts
    : parts.map((p) => (typeof p === 'string' ? p : <mark part="match">{p.match}</mark>));
};

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

function Question({
  item,
  model,
  level,
  words,
}: {
  item: FaqItem;
  model: FaqModel;
  level: number;
  words: string[];
}) {
  const open = useComputed(() => model.openIds().includes(item.id));
  const dataOpen = useComputed(() => open.value || undefined);
  const Heading = `h${level}` as 'h2';
  return (
    <>
      <Heading data-open={dataOpen}>
        <button
          type="button"
          class="q"
          part="question"
          id={`q-${item.id}`}
          aria-expanded={open}
          aria-controls={`a-${item.id}`}
        >
          {marked(item.question, words)}
        </button>
      </Heading>
      <section part="answer" id={`a-${item.id}`} aria-labelledby={`q-${item.id}`} data-open={dataOpen}>
        {marked(item.answer, words)}
      </section>
    </>
  );
}

const Faq: WidgetView<FaqModel, 'faq', { searchable: boolean }> = ({ model, ctx }) => {
  const { ui, title } = ctx.content.value.faq;
  const results = model.results();
  const words = searchWords(model.query.value);
  const level = ctx.attrs['heading-level'].value;
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
        </div>
      )}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: as in the shipped view, the list only listens */}
      <div part="list" onClick={onClick} onKeyDown={onListKey}>
        {results.map((item) => (
          <Question key={item.id} item={item} model={model} level={level} words={words} />
        ))}
      </div>
    </section>
  );
};

/** Called by the runtime's render effect, which then reads no signal: the components track their own. */
export const FaqView: WidgetView<FaqModel, 'faq', { searchable: boolean }> = (props) => <Faq {...props} />;
/** In the browser the view is rendered by Preact (the shipped FAQ builds its DOM itself: 0006). */
export const { mount: mountFaq } = preactView(FaqView);
/** Not rendered on the server: this variant is only measured in the browser. */
export const faqMarkup = undefined;
