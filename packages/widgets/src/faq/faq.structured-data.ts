import type { FaqItem } from '@knead/content';

// One FAQPage block per page even with several FAQs or two copies of Knead: the registry lives on
// globalThis under a shared symbol, and the block is found again by its data attribute.
const key = Symbol.for('knead.faq.structured-data');
type Registry = Map<object, FaqItem[]>;

type Policy = { createScript(text: string): string } | null;
// Under `require-trusted-types-for 'script'` a <script>'s text is a sink even for JSON-LD (Chromium
// blocks textContent, and reports appended text when the element is connected), so the block needs a
// policy: `knead`, which lets through only text that parses as JSON (inert as a script). Made once per
// page and shared by every copy of Knead (a second `createPolicy('knead')` would be refused); null
// where the page's CSP does not allow `knead`, undefined where Trusted Types are unknown.
const policyKey = Symbol.for('knead.trusted-types');
function policy(): Policy | undefined {
  const global = globalThis as {
    trustedTypes?: { createPolicy(name: string, rules: object): Policy };
  } & Record<symbol, Policy>;
  // Tried once: a refused policy is not asked for again (each try would be one more violation report).
  if (!(policyKey in global))
    try {
      global[policyKey] = global.trustedTypes?.createPolicy('knead', {
        createScript(text: string) {
          JSON.parse(text); // throws for anything that is not JSON
          return text;
        },
      }) as Policy;
    } catch {
      global[policyKey] = null;
    }
  return global[policyKey];
}

/** Publishes (or, with no items, withdraws) an owner's questions in the page's one FAQPage JSON-LD block. */
export function publishFaqStructuredData(owner: object, items: FaqItem[] | undefined): void {
  const global = globalThis as Record<symbol, Registry>;
  global[key] ??= new Map();
  const registry = global[key];
  if (items) registry.set(owner, items);
  else registry.delete(owner);
  let script = document.head.querySelector<HTMLScriptElement>('script[data-knead-faq]');
  // The policy only when there is a block to write (a page without one needs none); a CSP that refuses
  // `knead` gets no block (its violation report says why), not an exception.
  const p = registry.size ? policy() : null;
  if (p === null) {
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
  // `<` escaped so the JSON stays inert even if the page is serialised as HTML.
  const json = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: [...registry.values()]
      .flat()
      .filter((item) => !seen.has(item.question) && seen.add(item.question))
      .map((item) => ({
        '@type': 'Question',
        name: item.question,
        acceptedAnswer: { '@type': 'Answer', text: item.answer },
      })),
  }).replace(/</g, '\\u003c');
  script.textContent = p ? p.createScript(json) : json;
}
