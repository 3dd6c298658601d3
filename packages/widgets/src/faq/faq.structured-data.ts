import type { FaqItem } from '@knead/content';

// One FAQPage block per page even with several FAQs or two copies of Knead: the registry lives on
// globalThis under a shared symbol, and the block is found again by its data attribute.
const key = Symbol.for('knead.faq.structured-data');
type Registry = Map<object, FaqItem[]>;

/** Publishes (or, with no items, withdraws) an owner's questions in the page's one FAQPage JSON-LD block. */
export function publishFaqStructuredData(owner: object, items: FaqItem[] | undefined): void {
  const global = globalThis as Record<symbol, Registry>;
  global[key] ??= new Map();
  const registry = global[key];
  if (items) registry.set(owner, items);
  else registry.delete(owner);
  let script = document.head.querySelector<HTMLScriptElement>('script[data-knead-faq]');
  if (!registry.size) {
    script?.remove();
    return;
  }
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.kneadFaq = '';
    document.head.append(script);
  }
  const seen = new Set<string>();
  const mainEntity = [...registry.values()]
    .flat()
    .filter((item) => !seen.has(item.question) && seen.add(item.question))
    .map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: item.answer },
    }));
  // `<` escaped so the JSON stays inert even if the page is serialised as HTML.
  script.textContent = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity,
  }).replace(/</g, '\\u003c');
}
