import { locales, type SectionName } from '@knead/content';
import manifest from '@knead/widgets/custom-elements.json';

// The widgets, their attributes, events and custom properties come from the manifest the element
// JSDoc generates, so the Behaviour panel has the same reference text as the README.

/** One attribute of a widget, from the manifest. */
export interface AttributeInfo {
  name: string;
  type: 'boolean' | 'number' | 'choice' | 'text';
  values: string[];
  description: string;
}

/** One widget the studio edits. */
export interface WidgetInfo {
  tag: string;
  name: string;
  summary: string;
  /** The content sections it renders, its own first (the element's `sections`). */
  sections: SectionName[];
  attributes: AttributeInfo[];
  events: { name: string; description: string }[];
  cssProperties: { name: string; description: string }[];
}

// The sections each element declares in `createWidget({ sections })`; the manifest does not carry them.
const SECTIONS: Record<string, { name: string; sections: SectionName[] }> = {
  'knead-faq': { name: 'FAQ', sections: ['faq'] },
  'knead-benefits': { name: 'Benefits', sections: ['benefits', 'intro'] },
  'knead-technique-picker': { name: 'Technique picker', sections: ['techniques', 'precautions'] },
  'knead-precautions': { name: 'Precautions', sections: ['precautions', 'techniques'] },
  'knead-self-massage': { name: 'Self-massage', sections: ['selfMassage', 'therapist'] },
};

const RTL = /^(ar|he|fa|ur)\b/;

/** Attributes the studio sets elsewhere: language and theme in their own controls, content-src in the output. */
export const HANDLED = new Set(['locale', 'theme', 'content-src']);

interface Declaration {
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: { name: string; type?: { text: string }; description?: string }[];
  events?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string }[];
}

const typeOf = (text = 'string'): Pick<AttributeInfo, 'type' | 'values'> => {
  if (text === 'boolean' || text === 'number') return { type: text, values: [] };
  const values = [...text.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  return values.length ? { type: 'choice', values } : { type: 'text', values: [] };
};

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap(
  (m) => m.declarations ?? [],
);

/** The five widgets, in the order a spa owner meets them. */
export const widgets: WidgetInfo[] = Object.entries(SECTIONS).map(([tag, { name, sections }]) => {
  const d = declarations.find((x) => x.tagName === tag);
  if (!d) throw new Error(`${tag} is missing from custom-elements.json`);
  return {
    tag,
    name,
    summary: (d.summary ?? '').replace(/\s*\(.*\)\.?$/, '.'),
    sections,
    attributes: (d.attributes ?? []).map((a) => ({
      name: a.name,
      description: a.description ?? '',
      ...typeOf(a.type?.text),
    })),
    events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
    cssProperties: (d.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
  };
});

/** A widget by tag (the FAQ when unknown). */
export const widgetOf = (tag: string): WidgetInfo => widgets.find((w) => w.tag === tag) ?? widgets[0]!;

/** The built-in locales (the content package's list), each named in its own language. */
export const LOCALES: { code: string; name: string; dir: 'ltr' | 'rtl' }[] = locales.map((code) => {
  const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  return {
    code,
    name: name[0]!.toLocaleUpperCase(code) + name.slice(1),
    dir: RTL.test(code) ? 'rtl' : 'ltr',
  };
});
