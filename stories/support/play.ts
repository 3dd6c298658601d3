// Helpers for play functions: Testing Library inside a widget's shadow root, and the check that the
// docs tables show exactly what the manifest declares.
import type { ArgTypes } from '@storybook/web-components-vite';
import { expect, waitFor, within } from 'storybook/test';
import { CATEGORIES, declaration } from './manifest';

/** The first `<tag>` in the story once it rendered, with Testing Library queries bound to its shadow root. */
export async function inWidget<T extends HTMLElement = HTMLElement>(canvasElement: HTMLElement, tag: string) {
  const el = canvasElement.querySelector<T>(tag);
  if (!el) throw new Error(`no <${tag}> in the story`);
  await waitFor(() => expect(el.shadowRoot?.querySelector('[part=base]')).toBeTruthy());
  const root = el.shadowRoot!;
  // Testing Library takes any node with querySelectorAll; its types only say HTMLElement.
  return { el, root, ...within(root as unknown as HTMLElement) };
}

/** Resolves after effects ran and the browser painted once. */
export const nextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));

/**
 * Fails unless the docs tables of `tag` list exactly the manifest's attributes, properties, events,
 * CSS custom properties and parts, in order, with their descriptions, and nothing else.
 */
export function expectDocsMatchManifest(tag: string, argTypes: ArgTypes) {
  const d = declaration(tag);
  const shown = Object.values(argTypes).filter((a) => !a.table?.disable);
  const rows = (category: string) =>
    shown.filter((a) => a.table?.category === category).map((a) => [a.name, a.description]);
  const expected = {
    [CATEGORIES.attributes]: d.attributes,
    [CATEGORIES.properties]: d.members.filter((m) => m.kind === 'field' && !m.static),
    [CATEGORIES.events]: d.events,
    [CATEGORIES.cssProperties]: d.cssProperties,
    [CATEGORIES.cssParts]: d.cssParts,
  };
  for (const [category, items] of Object.entries(expected)) {
    expect(items.length, `${tag} declares no ${category}`).toBeGreaterThan(0);
    expect(rows(category), `${tag} docs table "${category}"`).toEqual(
      items.map((i) => [i.name, i.description]),
    );
  }
  const stray = shown.filter((a) => !Object.keys(expected).includes(String(a.table?.category)));
  expect(
    stray.map((a) => a.name),
    `${tag}: rows the manifest does not declare`,
  ).toEqual([]);
}
