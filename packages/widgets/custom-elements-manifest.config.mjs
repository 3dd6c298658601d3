// The manifest comes from the element classes' JSDoc. What every widget shares (the runtime's
// attributes, the `content` property, `knead-error` and the --knead-* properties) is written once
// here and added to each element, instead of being copied into five JSDoc blocks.
const common = {
  attributes: [
    [
      'locale',
      'string',
      'Content language: `en`, `es`, `de`, `fr` or `ar` (right to left); a regional tag falls back to its language, then to English (`fr-CA` → `fr`, `pt` → `en`). Default: the nearest `lang` attribute (across shadow roots), else `<html lang>`.',
    ],
    [
      'theme',
      "'light' | 'dark' | 'auto'",
      "Colour theme; `auto` follows the visitor's system setting. Default `light`.",
    ],
    [
      'heading-level',
      'number',
      "Level of the widget's headings, 2 to 6, to fit the page's outline. Default `2`.",
    ],
    ['content-src', 'string', 'URL of a JSON content override, merged by id over the built-in content.'],
  ],
  events: [
    [
      'knead-error',
      'CustomEvent<{ code: string; message: string; path?: string }>',
      'Invalid input was ignored; the widget shows the best content it has.',
    ],
  ],
  cssProperties: [
    ['--knead-accent', 'Accent colour for buttons, focus rings and selected items.'],
    ['--knead-on-accent', 'Text colour on the accent colour.'],
    ['--knead-text', 'Main text colour.'],
    ['--knead-muted', 'Secondary text colour.'],
    ['--knead-background', 'Background of the widget.'],
    ['--knead-surface', 'Background of cards and fields.'],
    ['--knead-border', 'Border colour.'],
    ['--knead-highlight', 'Background of search matches.'],
    ['--knead-caution', 'Colour of cautions and warnings.'],
    ['--knead-font-family', 'Font family (default: inherited from the page).'],
    ['--knead-radius', 'Corner radius.'],
    ['--knead-spacing', 'Base spacing unit.'],
    ['--knead-duration', 'Length of transitions (none when the visitor prefers reduced motion).'],
  ],
};

function kneadCommon() {
  return {
    name: 'knead-common',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const d of mod.declarations ?? []) {
          if (!d.tagName) continue;
          d.attributes = [
            ...(d.attributes ?? []),
            ...common.attributes.map(([name, type, description]) => ({
              name,
              type: { text: type },
              description,
            })),
          ];
          d.members = [
            ...(d.members ?? []),
            {
              kind: 'field',
              name: 'content',
              type: { text: 'ContentOverride' },
              description:
                'Content override object, merged by id over every other source (highest priority).',
            },
          ];
          d.events = [
            ...(d.events ?? []),
            ...common.events.map(([name, type, description]) => ({
              name,
              type: { text: type },
              description,
            })),
          ];
          d.cssProperties = [
            ...(d.cssProperties ?? []),
            ...common.cssProperties.map(([name, description]) => ({ name, description })),
          ];
        }
      }
    },
  };
}

/**
 * Points each module at the file a site imports, `dist/<widget>.js` (which defines its element), not
 * at the source file the analyzer read: `src/` is not in the package, so tools following a path
 * found nothing. Drops the analyzer's references into internals (the `createWidget` mixin, a
 * nameless superclass), which are not in the package's API either.
 */
function publishedPaths() {
  return {
    name: 'knead-published-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const widget = mod.path.match(/^src\/([\w-]+)\/\1\.element\.ts$/)?.[1];
        if (!widget) throw new Error(`custom-elements manifest: unexpected module ${mod.path}`);
        mod.path = `dist/${widget}.js`;
        for (const d of mod.declarations ?? []) {
          delete d.mixins;
          delete d.superclass;
        }
        mod.exports = (mod.declarations ?? []).flatMap((d) => [
          { kind: 'js', name: d.name, declaration: { name: d.name, module: mod.path } },
          ...(d.tagName
            ? [
                {
                  kind: 'custom-element-definition',
                  name: d.tagName,
                  declaration: { name: d.name, module: mod.path },
                },
              ]
            : []),
        ]);
      }
    },
  };
}

export default {
  globs: ['src/**/*.element.ts'],
  outdir: '.',
  dev: false,
  plugins: [kneadCommon(), publishedPaths()],
};
