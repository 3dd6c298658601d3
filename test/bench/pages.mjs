// The bench pages: the same five questions N times, as static HTML, as a hand-written custom element,
// as <lit-faq> and as <knead-faq>; and the loader pages (one FAQ below the fold, all five widgets).
import { renderWidget } from '../../packages/widgets/dist/render.js';
import { items, title } from './faq-items.js';

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

// The static floor gets a look like the widgets' (a card per question) so layout work is comparable.
const staticStyle = `<style>
.faq{padding:1rem;line-height:1.55;color:#2b2521;background:#fbf8f4;border-radius:14px;display:grid;gap:.6rem}
details{background:#fff;border:1px solid #e3dad0;border-radius:14px}
summary{padding:.9em 1.1em;font-weight:600;cursor:pointer}
details p{margin:0;padding:0 1.1em 1em;color:#655b53;line-height:1.35}
</style>`;

// `name` makes each FAQ's <details> exclusive: one question open at a time, like the widgets.
const staticFaq = (i) =>
  `<section class="faq" aria-label="${escapeHtml(title)}">${items
    .map(
      (item) =>
        `<details name="faq-${i}"><summary>${escapeHtml(item.question)}</summary><p>${escapeHtml(item.answer)}</p></details>`,
    )
    .join('')}</section>\n`;

/** A widget variant: `entry` is bundled (minified, locales split out) into `<name>.js`, loaded as a module. */
const widget = (tag, entry, more = {}) => ({
  entry,
  tag,
  head: (name) => `<script type="module" src="${name}.js"></script>`,
  instance: (_i, { search } = {}) => `<${tag}${search ? ' searchable' : ''}></${tag}>\n`,
  ...more,
});

/**
 * Every variant the FAQ measures can run (pick some with `--variants a,b`); `label` names it in the
 * tables. `subject: true` marks
 * Knead's own: each subject is compared with every other variant. `search: true` means the variant
 * has a search box (`searchable`). To compare another Knead design, add a subject with its own entry,
 * e.g. `'knead-next': widget('knead-faq', 'packages/widgets/src/faq-next/faq.define.ts', { label:
 * 'Knead next', subject: true, search: true })` (two variants may share a tag: each page loads one).
 */
export const variants = {
  static: { label: 'static', tag: null, head: () => staticStyle, instance: staticFaq },
  vanilla: widget('vanilla-faq', 'test/bench/vanilla-faq.js', {
    label: 'hand-written',
    prose: 'the hand-written element',
    search: true,
  }),
  lit: widget('lit-faq', 'test/bench/lit-faq.js', { label: 'Lit' }),
  knead: widget('knead-faq', 'packages/widgets/dist/faq.js', { label: 'Knead', subject: true, search: true }),
  // Content before JavaScript: the same FAQ pre-rendered (renderWidget's declarative shadow root, its
  // stylesheet linked), the script a module (deferred): its text paints before any script runs.
  'knead-prerendered': widget('knead-faq', 'packages/widgets/dist/faq.js', {
    label: 'Knead, pre-rendered',
    prose: 'the pre-rendered Knead FAQ',
    subject: true,
    // The stylesheet from the bench's copy of dist/ (next to the pages): a rebuild mid-run changes nothing.
    instance: () => `${renderWidget('knead-faq', { base: 'widgets-dist/' })}\n`,
  }),
  // docs/decisions/0003: the FAQ written the @preact/signals way, built by that folder's build.mjs;
  // only with `--variants …,knead-preact-signals`.
  'knead-preact-signals': widget('knead-faq', 'node_modules/.cache/knead-variants/knead-preact-signals.js', {
    label: 'Knead, @preact/signals',
    subject: true,
    optional: true,
  }),
};

/** The page a site would ship for `n` FAQs; `harness` (the measuring script) is appended for the bench run. */
export function page(name, n, { harness = '', search = false } = {}) {
  const { head, instance, tag } = variants[name];
  const body = Array.from({ length: n }, (_, i) => instance(i, { search })).join('');
  return `<!doctype html>
<html lang="en" data-variant="${name}" data-tag="${tag ?? ''}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>FAQ</title>${head(name)}</head>
<body><main>
${body}</main>${harness && `<script type="module">${harness}</script>`}</body>
</html>
`;
}

// --- The loader pages: they use the built files of packages/widgets/dist as a site would -------------

// bench.mjs copies packages/widgets/dist here (next to the pages) at start: a rebuild by someone else
// during the run cannot change what is measured half-way.
export const distCopy = 'widgets-dist';
const dist = distCopy;
export const loaderScript = `${dist}/knead-loader.js`;
export const classicScript = `${dist}/knead.js`;
export const widgetTags = [
  'knead-benefits',
  'knead-technique-picker',
  'knead-precautions',
  'knead-self-massage',
  'knead-faq',
];

// About 3,000 px of article text above the FAQ, so it starts well outside the loader's "near" margin.
const article = Array.from(
  { length: 30 },
  (_, i) => `<p>${escapeHtml(items[i % items.length].answer)}</p>`,
).join('\n');

/** One `<knead-faq loading="visible">` below the fold, through the loader. */
export const belowFoldPage = () => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Below the fold</title>
<script src="${loaderScript}"></script></head>
<body><main><article style="min-height:3000px;max-width:40rem;line-height:1.6">
${article}
</article>
<knead-faq loading="visible"></knead-faq>
</main></body>
</html>
`;

/**
 * All five widgets on one page, through the loader or through the all-in-one classic script. The
 * inline script resolves `window.allRendered` with the time (ms since navigation) of the frame after
 * the one in which every widget's shadow root first has content.
 */
export const allWidgetsPage = (how) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>All five</title>
<script src="${how === 'loader' ? loaderScript : classicScript}"></script></head>
<body><main>
${widgetTags.map((tag) => `<${tag}></${tag}>`).join('\n')}
</main>
<script>
window.allRendered = new Promise((done) => {
  const hosts = [...document.querySelectorAll(${JSON.stringify(widgetTags.join())})];
  const check = () => {
    if (hosts.every((host) => host.shadowRoot && host.shadowRoot.childElementCount > 0)) {
      requestAnimationFrame(() => done(performance.now()));
    } else requestAnimationFrame(check);
  };
  // Checked in frame callbacks only, so that "rendered at once" still means the next frame, as elsewhere.
  requestAnimationFrame(check);
});
</script></body>
</html>
`;
