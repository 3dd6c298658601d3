// The floor for a JS widget: the FAQ accordion a careful developer would write by hand, with no library.
// The same APG accordion markup as lit-faq.js, one question open at a time, shadow DOM with one shared
// constructable stylesheet, and the markup built once and cloned per instance. With `searchable` it
// adds a search box that filters by hiding the questions that do not match (the floor for Knead's search).
import { items, title } from './faq-items.js';

const sheet = new CSSStyleSheet();
sheet.replaceSync(`
:host { display: block; padding: 1rem; line-height: 1.55; color: #2b2521; background: #fbf8f4; border-radius: 14px }
h2, p { margin: 0; font-size: inherit; line-height: 1.35 }
.list { display: grid; gap: .6rem }
.item { background: #fff; border: 1px solid #e3dad0; border-radius: 14px }
.item[hidden] { display: none }
button { width: 100%; padding: .9em 1.1em; border: 0; background: none; font: inherit; font-weight: 600; text-align: start; cursor: pointer }
p { padding: 0 1.1em 1em; color: #655b53 }
.search { display: grid; gap: .3rem; margin-block-end: .6rem }
input { font: inherit; padding: .5em .8em; border: 1px solid #e3dad0; border-radius: 10px }
.search p { padding: 0 }
`);

const h = (tag, attributes = {}, ...children) => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
};

// Built once per page; each instance clones it (ids are per shadow root, so they may repeat).
const accordion = h(
  'section',
  { 'aria-label': title },
  h(
    'div',
    { class: 'list' },
    ...items.map((item) =>
      h(
        'div',
        { class: 'item' },
        h(
          'h2',
          {},
          h(
            'button',
            { id: `q-${item.id}`, 'aria-expanded': 'false', 'aria-controls': `a-${item.id}` },
            item.question,
          ),
        ),
        h(
          'div',
          { id: `a-${item.id}`, role: 'region', 'aria-labelledby': `q-${item.id}`, hidden: '' },
          h('p', {}, item.answer),
        ),
      ),
    ),
  ),
);
const searchBox = h(
  'div',
  { class: 'search' },
  h('label', { for: 'search' }, 'Search questions'),
  h('input', { id: 'search', type: 'search', autocomplete: 'off' }),
  h('p', { role: 'status' }, `${items.length} of ${items.length} questions`),
);
// What the search looks in, lower-cased once for every instance.
const haystacks = items.map((item) => `${item.question} ${item.answer}`.toLowerCase());

export class VanillaFaq extends HTMLElement {
  #open = null;

  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [sheet];
    if (this.hasAttribute('searchable')) {
      root.append(searchBox.cloneNode(true));
      root.getElementById('search').addEventListener('input', this);
    }
    root.append(accordion.cloneNode(true));
    // One listener per instance, on the list; the element itself is the handler (no closures).
    root.querySelector('.list').addEventListener('click', this);
  }

  handleEvent(event) {
    if (event.type === 'input') this.#search(event.target.value);
    else this.#toggle(event.target.closest('button'));
  }

  #toggle(button) {
    if (!button) return;
    const open = button !== this.#open;
    if (this.#open) this.#setOpen(this.#open, false);
    if (open) this.#setOpen(button, true);
    this.#open = open ? button : null;
  }

  #setOpen(button, open) {
    button.setAttribute('aria-expanded', String(open));
    button.parentElement.nextElementSibling.hidden = !open;
  }

  #search(text) {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    const rows = this.shadowRoot.querySelectorAll('.item');
    let shown = 0;
    haystacks.forEach((haystack, i) => {
      const match = words.every((word) => haystack.includes(word));
      if (rows[i].hidden === match) rows[i].hidden = !match;
      shown += match;
    });
    this.shadowRoot.querySelector('[role=status]').textContent = `${shown} of ${items.length} questions`;
  }
}

customElements.define('vanilla-faq', VanillaFaq);
