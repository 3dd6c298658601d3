import { faqByLocale, faqSchema } from '@knead/content';
import { effect } from '@preact/signals-core';
import { booleanAttribute, idListAttribute } from '../internal/attributes';
import { createWidget } from '../internal/widget';
import { createFaqModel, type FaqModel, type FaqToggleDetail } from './faq.model';
import { publishFaqStructuredData } from './faq.structured-data';
import { faqStyles } from './faq.styles';
import { faqMarkup, mountFaq } from './faq.view';

const HASH = '#faq-';

/** Opens (and scrolls to) the question a `#faq-<id>` hash names, if this FAQ has it. */
function openFromHash(host: HTMLElement, model: FaqModel) {
  if (!location.hash.startsWith(HASH)) return;
  let id = '';
  try {
    id = decodeURIComponent(location.hash.slice(HASH.length));
  } catch {
    return; // a malformed escape (`#faq-%E0`) is no question's id
  }
  if (!model.has(id)) return;
  model.setOpen(id, true);
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  requestAnimationFrame(() =>
    host.shadowRoot?.getElementById(`q-${id}`)?.scrollIntoView({ behavior: reduce ? 'auto' : 'smooth' }),
  );
}

// Every connected FAQ, for the page's one `hashchange` listener (a page may hold a hundred FAQs).
const connected = new Map<HTMLElement, FaqModel>();
function openAllFromHash() {
  for (const [host, model] of connected) openFromHash(host, model);
}

/**
 * Questions and answers about back massage, as an accessible accordion with optional search.
 *
 * @summary Searchable FAQ accordion (WAI-ARIA APG accordion pattern).
 * @tag knead-faq
 *
 * @attr {boolean} multiple - Lets several questions be open at once (default: one at a time).
 * @attr {string} open - Space-separated ids of the questions open at start, e.g. `pregnancy side-effects`.
 * @attr {boolean} searchable - Shows a search box that filters questions and answers and highlights matches.
 * @attr {boolean} structured-data - Adds a schema.org FAQPage JSON-LD block for these questions to the document head.
 * @attr {boolean} link-hash - Opening a question sets the page URL's hash to `#faq-<id>`.
 *
 * @fires {CustomEvent<{ id: string; open: boolean }>} knead-faq-toggle - A question opened or closed.
 *
 * @csspart base - The wrapper around everything.
 * @csspart search - The search box area.
 * @csspart search-input - The search field.
 * @csspart count - The "2 of 5 questions" status.
 * @csspart empty - The message shown when no question matches.
 * @csspart list - The list of questions (each a heading with its question button, then its answer).
 * @csspart question - A question's button.
 * @csspart answer - An answer panel.
 * @csspart match - A highlighted search match.
 */
export class KneadFaqElement extends createWidget({
  tag: 'knead-faq',
  sections: ['faq'],
  defaults: { faq: faqByLocale },
  schemas: { faq: faqSchema },
  attributes: {
    multiple: booleanAttribute,
    open: idListAttribute,
    searchable: booleanAttribute,
    'structured-data': booleanAttribute,
    'link-hash': booleanAttribute,
  },
  styles: faqStyles,
  model: ({ content, locale, attrs, emit }) =>
    createFaqModel({
      content,
      locale,
      multiple: attrs.multiple,
      initiallyOpen: attrs.open,
      // The hash is written as the toggle is emitted, not by a listener for it: one listener less per FAQ.
      emit(type, detail) {
        emit(type, detail);
        if (detail.open && attrs['link-hash'].peek())
          history.replaceState(history.state, '', HASH + detail.id);
      },
    }),
  markup: faqMarkup,
  mount: mountFaq,
  connect(host, model, { content, attrs }) {
    if (!connected.size) addEventListener('hashchange', openAllFromHash);
    connected.set(host, model);
    openFromHash(host, model);
    const stopPublishing = effect(() =>
      publishFaqStructuredData(host, attrs['structured-data'].value ? content.value.faq.items : undefined),
    );
    return () => {
      connected.delete(host);
      if (!connected.size) removeEventListener('hashchange', openAllFromHash);
      stopPublishing();
      publishFaqStructuredData(host, undefined);
    };
  },
}) {}

declare global {
  interface HTMLElementTagNameMap {
    'knead-faq': KneadFaqElement;
  }
  interface HTMLElementEventMap {
    'knead-faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}
