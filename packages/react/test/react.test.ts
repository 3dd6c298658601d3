import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createElement, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import * as Knead from '../dist/index.js';

// The module's runtime exports by name (its type-only exports are not there at run time).
const components = Knead as unknown as Record<string, { displayName?: string } | undefined>;

// Plain Node, as in server rendering (Next.js, Vite SSR): no DOM. These run against the built package.
const script = new URL('../scripts/generate.mjs', import.meta.url).pathname;
interface Declaration {
  name: string;
  tagName?: string;
  attributes: { name: string }[];
}
const manifest = (
  JSON.parse(readFileSync(new URL('../../widgets/custom-elements.json', import.meta.url), 'utf8')) as {
    modules: { declarations: Declaration[] }[];
  }
).modules
  .flatMap((m) => m.declarations)
  .filter((d) => d.tagName)
  .map((d) => ({
    tag: d.tagName!,
    component: d.name.replace(/Element$/, ''),
    attributes: d.attributes.map((a) => ({
      name: a.name,
      prop: a.name.replace(/-(\w)/g, (_, c) => c.toUpperCase()),
    })),
  }));

describe('@knead/react in Node', () => {
  it('imports without a DOM and defines nothing', () => {
    expect('window' in globalThis).toBe(false);
    expect('customElements' in globalThis).toBe(false);
    expect(Object.keys(Knead).sort()).toEqual([
      'KneadBenefits',
      'KneadFaq',
      'KneadPrecautions',
      'KneadProvider',
      'KneadSelfMassage',
      'KneadTechniquePicker',
    ]);
  });

  it('has one component per element in the manifest, named after its class', () => {
    expect(manifest.map((e) => e.component).sort()).toEqual(
      Object.keys(Knead)
        .filter((name) => name !== 'KneadProvider')
        .sort(),
    );
    for (const e of manifest) expect(components[e.component]?.displayName).toBe(e.component);
  });

  it('keeps src/components.ts in sync with the manifest', () => {
    expect(() => execFileSync('node', [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('server-renders every tag with its attributes (kebab-case, React-version-independent) and its pre-render', () => {
    const html = (element: ReactElement) => renderToString(element);
    const content = { faq: { items: [{ id: 'parking', question: 'Parking?', answer: 'Yes.' }] } };
    expect(
      html(
        createElement(Knead.KneadFaq, {
          searchable: true,
          multiple: false,
          headingLevel: 3,
          locale: 'es',
          linkHash: undefined,
          content,
          onFaqToggle: () => {},
          className: 'faq',
          id: 'faq',
        }),
      ),
    ).toMatch(
      /^<knead-faq searchable="" heading-level="3" locale="es" class="faq" id="faq"><template shadowrootmode="open">.*Parking\?.*<link rel="stylesheet" href="https:[^"]*\/styles\/faq.css"><\/template><script type="application\/json">\{"faq".*<\/script><\/knead-faq>$/,
    );
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const e of manifest) {
      // '2' is not valid for every attribute: then the tag alone, and one error each.
      const props = Object.fromEntries(e.attributes.map((a) => [a.prop, a.prop === 'theme' ? 'dark' : '2']));
      const out = html(createElement(components[e.component] as never, props));
      expect(out).toMatch(new RegExp(`^<${e.tag} [^>]*></${e.tag}>$`));
      for (const a of e.attributes) expect(out).toContain(` ${a.name}="`);
    }
    expect(errors).toHaveBeenCalledTimes(manifest.length);
    errors.mockRestore();
    const picker = html(
      createElement(Knead.KneadTechniquePicker, {
        value: { goals: ['relaxation'], pressure: 'firm' },
        assetBase: '/knead/',
      }),
    );
    expect(picker).toMatch(
      /^<knead-technique-picker><template shadowrootmode="open">.*<link rel="stylesheet" href="\/knead\/styles\/technique-picker.css"><\/template><\/knead-technique-picker>$/,
    );
  });
});
