// The comparison point: the FAQ accordion a developer would write with Lit 3 (plain JS, no
// decorators): APG accordion markup, one question open at a time, styles in a shared `static styles`.
import { css, html, LitElement } from 'lit';
import { items, title } from './faq-items.js';

export class LitFaq extends LitElement {
  static properties = { _openId: { state: true } };

  static styles = css`
    :host { display: block; padding: 1rem; line-height: 1.55; color: #2b2521; background: #fbf8f4; border-radius: 14px }
    h2, p { margin: 0; font-size: inherit; line-height: 1.35 }
    .list { display: grid; gap: .6rem }
    .item { background: #fff; border: 1px solid #e3dad0; border-radius: 14px }
    button { width: 100%; padding: .9em 1.1em; border: 0; background: none; font: inherit; font-weight: 600; text-align: start; cursor: pointer }
    p { padding: 0 1.1em 1em; color: #655b53 }
  `;

  constructor() {
    super();
    // Set here, not as a class field: a field would shadow Lit's reactive accessor.
    this._openId = undefined;
  }

  _toggle(id) {
    this._openId = this._openId === id ? undefined : id;
  }

  render() {
    return html`<section aria-label=${title}>
      <div class="list">
        ${items.map((item) => {
          const open = this._openId === item.id;
          return html`<div class="item">
            <h2>
              <button
                id="q-${item.id}"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls="a-${item.id}"
                @click=${() => this._toggle(item.id)}
              >
                ${item.question}
              </button>
            </h2>
            <div id="a-${item.id}" role="region" aria-labelledby="q-${item.id}" ?hidden=${!open}>
              <p>${item.answer}</p>
            </div>
          </div>`;
        })}
      </div>
    </section>`;
  }
}

customElements.define('lit-faq', LitFaq);
