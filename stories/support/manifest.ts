// The custom elements manifest is the one source of the docs tables, the controls and the event
// spies: a new attribute, event or CSS property in an element's JSDoc shows up here with no story edit.
import type { ArgTypes } from '@storybook/web-components-vite';

/** A named entry of the manifest (attribute, member, event, part, CSS property). */
export interface ManifestItem {
  name: string;
  description?: string;
  kind?: string;
  static?: boolean;
  type?: { text: string };
}

/** One element's declaration in the manifest. */
export interface ElementDeclaration {
  tagName: string;
  name: string;
  summary?: string;
  description?: string;
  attributes: ManifestItem[];
  members: ManifestItem[];
  events: ManifestItem[];
  cssParts: ManifestItem[];
  cssProperties: ManifestItem[];
}

/** The parts of custom-elements.json the stories read. */
export interface Manifest {
  modules: { declarations?: Partial<ElementDeclaration>[] }[];
}

// The manifest is a build output (`pnpm build` writes it): a glob instead of an import, so a missing
// file gives this message rather than an unresolved import.
const [manifestModule] = Object.values(
  import.meta.glob<Manifest>('../../packages/widgets/custom-elements.json', {
    eager: true,
    import: 'default',
  }),
);
if (!manifestModule)
  throw new Error('packages/widgets/custom-elements.json is missing: run `pnpm build` once, then Storybook.');

/** The custom elements manifest of @knead/widgets. */
export const manifest: Manifest = manifestModule;

/** Every element declared in the manifest. */
export const declarations: ElementDeclaration[] = manifest.modules.flatMap((m) =>
  (m.declarations ?? [])
    .filter((d) => d.tagName)
    .map(
      (d) =>
        ({
          attributes: [],
          members: [],
          events: [],
          cssParts: [],
          cssProperties: [],
          ...d,
        }) as ElementDeclaration,
    ),
);

/** The declaration of `tag`; throws for a tag the manifest does not know. */
export function declaration(tag: string): ElementDeclaration {
  const found = declarations.find((d) => d.tagName === tag);
  if (!found) throw new Error(`<${tag}> is not in custom-elements.json: run \`pnpm build\` to update it`);
  return found;
}

/** Every `knead-*` event any widget fires, once each. */
export const eventNames = [...new Set(declarations.flatMap((d) => d.events.map((e) => e.name)))];

/**
 * The arg that receives an event's detail: `knead-faq-toggle` → `onKneadFaqToggle`, the name
 * Storybook's web-components docgen gives the event's action.
 */
export const eventArg = (event: string) =>
  `on${event.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())}`;

/** A control for an attribute from its manifest type: `boolean`, `number`, a union of strings, text. */
function attributeControl(type = 'string'): ArgTypes[string] {
  const options = [...type.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
  if (options.length) return { control: { type: 'select' }, options };
  if (type === 'boolean') return { control: { type: 'boolean' } };
  if (type === 'number') return { control: { type: 'number' } };
  return { control: { type: 'text' } };
}

/** The docs table categories, in the order the docs page shows them. */
export const CATEGORIES = {
  attributes: 'attributes',
  properties: 'properties',
  events: 'events',
  cssProperties: 'css custom properties',
  cssParts: 'css shadow parts',
} as const;

// Controls are written out as objects: Storybook normalises the shorthand ('boolean') only in
// story annotations, not in what an argTypes extractor returns.
const row = (item: ManifestItem, category: string, control: ArgTypes[string]['control'] = false) => ({
  name: item.name,
  description: item.description,
  control,
  table: { category, type: item.type ? { summary: item.type.text } : undefined },
});

/**
 * The docs tables and controls of `tag`, straight from the manifest: a control for every attribute,
 * the `content` property and every `--knead-*` property (a colour picker for colours); events and
 * parts are listed without controls.
 *
 * Storybook's own web-components extractor keys every row by its bare name, so a part named like an
 * attribute (`technique`, `goals`, `step`, `intro`…) replaced the attribute's row and control. Parts
 * and events get keys of their own here; the row still shows the bare name.
 */
export function argTypesFor(tag: string): ArgTypes {
  const d = declaration(tag);
  const argTypes: ArgTypes = {};
  for (const a of d.attributes)
    argTypes[a.name] = { ...row(a, CATEGORIES.attributes), ...attributeControl(a.type?.text) };
  for (const m of d.members)
    if (m.kind === 'field' && !m.static) argTypes[m.name] = row(m, CATEGORIES.properties, { type: 'object' });
  for (const e of d.events) argTypes[`event:${e.name}`] = row(e, CATEGORIES.events);
  for (const p of d.cssProperties) {
    const colour = /colou?r|background/i.test(p.description ?? '');
    argTypes[p.name] = row(p, CATEGORIES.cssProperties, { type: colour ? 'color' : 'text' });
  }
  for (const p of d.cssParts) argTypes[`part:${p.name}`] = row(p, CATEGORIES.cssParts);
  return argTypes;
}
