import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Plain Node, as in server rendering: the Vue entry imports and installs without a DOM, and the
// generated typings (dist/jsx.d.ts, dist/vue.d.ts) cover every element, attribute and event of the manifest.
const dist = (file: string) => new URL(`../../packages/widgets/dist/${file}`, import.meta.url);
interface Declaration {
  tagName?: string;
  attributes: { name: string }[];
  events: { name: string }[];
}
const elements = (
  JSON.parse(
    readFileSync(new URL('../../packages/widgets/custom-elements.json', import.meta.url), 'utf8'),
  ) as {
    modules: { declarations: Declaration[] }[];
  }
).modules
  .flatMap((m) => m.declarations)
  .filter((d) => d.tagName);
const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

describe('@knead/widgets/vue in Node', () => {
  it('imports and installs without a DOM, defining nothing', async () => {
    const { Knead, default: plugin } = await import('../../packages/widgets/dist/vue.js');
    expect(plugin).toBe(Knead);
    expect(() => Knead.install()).not.toThrow();
    expect('customElements' in globalThis).toBe(false);
  });

  it('types every tag, attribute and event in GlobalComponents', () => {
    const typings = readFileSync(dist('vue.d.ts'), 'utf8');
    expect(typings).toContain("declare module 'vue'");
    for (const e of elements) {
      expect(typings).toContain(`'${e.tagName}': DefineCustomElement<`);
      for (const a of e.attributes) expect(typings).toMatch(new RegExp(`\\b${camel(a.name)}\\?:`));
      for (const v of e.events) expect(typings).toMatch(new RegExp(`'?${v.name}'?: `));
    }
  });
});

describe('@knead/widgets/jsx', () => {
  it('types every tag, attribute and `on<event>` in React.JSX.IntrinsicElements', () => {
    const typings = readFileSync(dist('jsx.d.ts'), 'utf8');
    expect(typings).toContain("declare module 'react'");
    for (const e of elements) {
      expect(typings).toContain(`'${e.tagName}': JsxElement<`);
      for (const a of e.attributes) expect(typings).toMatch(new RegExp(`'?${a.name}'?\\?: `));
      for (const v of e.events.filter((v) => v.name.includes('-')))
        expect(typings).toContain(`'on${v.name}'?: (event: `);
    }
  });
});
