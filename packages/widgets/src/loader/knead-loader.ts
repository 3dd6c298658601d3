// The classic loader script (`dist/knead-loader.js`): a page pays only for the widgets it shows.
// It watches for Knead tags, in the document and in open shadow roots, and imports a widget's code
// (ESM files in `dist/loader/`, next to this script, sharing one runtime) when its first element
// asks for it: at once (`loading="eager"`, the default), when it comes near the viewport
// (`loading="visible"`) or when the browser is idle (`loading="idle"`). Dynamic import of same-origin
// files works under `default-src 'self'`. Kept free of imports: every byte here is paid by every page.

const WIDGETS = ['benefits', 'faq', 'precautions', 'self-massage', 'technique-picker'];
const SELECTOR = WIDGETS.map((name) => `knead-${name}`).join();

const script = document.currentScript as HTMLScriptElement | null;
const base = new URL('loader/', script?.src || location.href);
const requested = new Set<string>();
// Elements waiting for `visible`, each imported once it comes within a screen's height.
const nearViewport =
  globalThis.IntersectionObserver &&
  new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          nearViewport!.unobserve(entry.target);
          load(entry.target);
        }
      }
    },
    { rootMargin: '100% 0px' },
  );

function load(element: Element) {
  const tag = element.localName;
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  // The shared runtime is fetched alongside the first widget's module, not after it (that module
  // imports it): one round trip instead of two. A rejection here shows again in the widget's import.
  if (!requested.has('')) {
    requested.add('');
    import(new URL('runtime.js', base).href).catch(() => {});
  }
  // Likewise Preact, for every widget but the FAQ (which builds its DOM without it).
  if (tag !== 'knead-faq' && !requested.has('preact')) {
    requested.add('preact');
    import(new URL('preact.js', base).href).catch(() => {});
  }
  import(new URL(`${tag.slice(6)}.js`, base).href).catch((error) => {
    requested.delete(tag); // the next element of this tag may try again
    const message = `could not load ${base}${tag.slice(6)}.js (${error})`;
    console.error(`<${tag}> ${message}`);
    element.dispatchEvent(
      new CustomEvent('knead-error', {
        detail: { code: 'widget-load', message },
        bubbles: true,
        composed: true,
      }),
    );
  });
}

function schedule(element: Element) {
  if (customElements.get(element.localName)) return;
  const when = element.getAttribute('loading');
  if (when === 'visible' && nearViewport) nearViewport.observe(element);
  else if (when === 'idle') (globalThis.requestIdleCallback ?? setTimeout)(() => load(element));
  else load(element);
}

function scan(root: ParentNode) {
  if ((root as Element).matches?.(SELECTOR)) schedule(root as Element);
  for (const element of root.querySelectorAll(SELECTOR)) schedule(element);
}

const added = new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) if (node.nodeType === 1) scan(node as Element);
});
const watch = (root: Document | ShadowRoot) => {
  added.observe(root, { childList: true, subtree: true });
  scan(root);
};

// Shadow roots made after this point are watched as they are attached; declarative ones and those
// that exist already are found once, now.
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attachShadow.call(this, init);
  // Knead's own shadow roots hold no Knead tags: not watched.
  if (init.mode === 'open' && !this.localName.startsWith('knead-')) watch(root);
  return root;
};
watch(document);
for (const element of document.querySelectorAll('*')) if (element.shadowRoot) watch(element.shadowRoot);
