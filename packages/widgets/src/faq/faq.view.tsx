import { nextIndex } from '../internal/keyboard';
import type { TextPart } from '../internal/text';
import type { WidgetView } from '../internal/view';
import type { FaqModel } from './faq.model';

const marked = (text: string | TextPart[]) =>
  typeof text === 'string'
    ? text
    : text.map((p) => (typeof p === 'string' ? p : <mark part="match">{p.match}</mark>));

function onQuestionKey(event: KeyboardEvent) {
  const button = event.currentTarget as HTMLButtonElement;
  const buttons = [...button.closest('[part=list]')!.querySelectorAll<HTMLButtonElement>('.q')];
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

// Few nodes per question on purpose (no wrapper per item, one shared click handler): pages embed
// many FAQs, and every node costs memory and layout.
/** The FAQ: an optional search box and an APG accordion of questions. */
export const FaqView: WidgetView<FaqModel, 'faq', { searchable: boolean }> = ({ model, ctx }) => {
  const { ui, title } = ctx.content.value.faq;
  const Heading = `h${ctx.attrs['heading-level'].value}` as 'h2';
  const results = model.results.value;
  const onClick = (event: MouseEvent) => model.toggle((event.currentTarget as Element).id.slice(2));
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
      <div part="list">
        {results.map((item) => [
          <Heading key={`q${item.id}`} data-open={item.open || undefined}>
            <button
              type="button"
              class="q"
              part="question"
              id={`q-${item.id}`}
              aria-expanded={item.open}
              aria-controls={`a-${item.id}`}
              onClick={onClick}
              onKeyDown={onQuestionKey}
            >
              {marked(item.question)}
            </button>
          </Heading>,
          <section key={`a${item.id}`} part="answer" id={`a-${item.id}`} aria-labelledby={`q-${item.id}`}>
            {marked(item.answer)}
          </section>,
        ])}
      </div>
    </section>
  );
};
