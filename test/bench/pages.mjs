// The bench pages: the same five questions N times, as static HTML, as <lit-faq> and as <knead-faq>.
import { items, title } from './faq-items.js';

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

// The static floor gets a look like the widgets' (a card per question) so layout work is comparable.
const staticStyle = `<style>
.faq{padding:1rem;line-height:1.55;color:#2b2521;background:#fbf8f4;border-radius:14px;display:grid;gap:.6rem}
details{background:#fff;border:1px solid #e3dad0;border-radius:14px}
summary{padding:.9em 1.1em;font-weight:600;cursor:pointer}
details p{margin:0;padding:0 1.1em 1em;color:#655b53;line-height:1.35}
</style>`;

// `name` makes each FAQ's <details> exclusive: one question open at a time, like the two widgets.
const staticFaq = (i) =>
  `<section class="faq" aria-label="${escapeHtml(title)}">${items
    .map(
      (item) =>
        `<details name="faq-${i}"><summary>${escapeHtml(item.question)}</summary><p>${escapeHtml(item.answer)}</p></details>`,
    )
    .join('')}</section>\n`;

export const variants = {
  static: { head: staticStyle, instance: staticFaq, scripts: [] },
  lit: {
    head: '<script type="module" src="lit.js"></script>',
    instance: () => '<lit-faq></lit-faq>\n',
    scripts: ['lit.js'],
  },
  knead: {
    head: '<script type="module" src="knead.js"></script>',
    instance: () => '<knead-faq></knead-faq>\n',
    scripts: ['knead.js'],
  },
};

/** The page a site would ship for `n` FAQs; `harness` (the measuring script) is appended for the bench run. */
export function page(variant, n, harness = '') {
  const { head, instance } = variants[variant];
  const body = Array.from({ length: n }, (_, i) => instance(i)).join('');
  return `<!doctype html>
<html lang="en" data-variant="${variant}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>FAQ</title>${head}</head>
<body><main>
${body}</main>${harness && `<script type="module">${harness}</script>`}</body>
</html>
`;
}
