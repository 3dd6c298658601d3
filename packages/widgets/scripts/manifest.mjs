// Reads custom-elements.json (written from the element classes' JSDoc) into what the framework
// typings and wrappers are generated from, so they cannot drift from the elements.
import { readFileSync } from 'node:fs';

/** `heading-level` → `headingLevel`. */
export const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

/** `knead-faq-toggle` → `onFaqToggle`: the React callback prop of an event. */
export const handlerName = (event) => `on${camel(`-${event.replace(/^knead-/, '')}`)}`;

/** A JSDoc comment, indented; a description cannot end it early. */
export const doc = (text, indent = '  ') =>
  text ? `${indent}/** ${text.replaceAll('*/', '*\\/').replaceAll('\n', ' ')} */\n` : '';

/** An attribute's type in markup, where a number may be written as text (`heading-level="3"`). */
// biome-ignore lint/suspicious/noTemplateCurlyInString: a TypeScript template literal type, as text
export const markupType = (type) => (type === 'number' ? 'number | `${number}`' : type);

/** Types the manifest names that typings must import, and where from. */
export const namedTypes = { ContentOverride: '@knead/content' };

/**
 * Every element in the manifest, by tag: its class and entry, its attributes (with the camelCase
 * name), public properties and events (with the React callback name; events without a `-` are the
 * platform's own, such as `input`, which frameworks already bind).
 */
export function readElements(manifestUrl = new URL('../custom-elements.json', import.meta.url)) {
  const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'));
  return manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((d) => ({ module, d })))
    .filter(({ d }) => d.tagName)
    .sort((a, b) => a.d.tagName.localeCompare(b.d.tagName))
    .map(({ module, d }) => ({
      tag: d.tagName,
      className: d.name,
      component: d.name.replace(/Element$/, ''),
      entry: module.path.match(/([\w-]+)\.js$/)[1], // dist/faq.js → faq
      summary: d.summary ?? d.description ?? '',
      attributes: (d.attributes ?? []).map((a) => ({
        name: a.name,
        prop: camel(a.name),
        type: a.type?.text ?? 'string',
        description: a.description ?? '',
      })),
      properties: (d.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public')
        .map((m) => ({ name: m.name, type: m.type?.text ?? 'unknown', description: m.description ?? '' })),
      events: (d.events ?? []).map((e) => ({
        name: e.name,
        handler: handlerName(e.name),
        platform: !e.name.includes('-'),
        type: e.type?.text ?? 'Event',
        description: e.description ?? '',
      })),
    }));
}

/** The `import type` lines for the named types that `texts` use. */
export function typeImports(texts) {
  const used = Object.entries(namedTypes).filter(([name]) =>
    texts.some((text) => new RegExp(`\\b${name}\\b`).test(text)),
  );
  return used.map(([name, from]) => `import type { ${name} } from '${from}';\n`).join('');
}
