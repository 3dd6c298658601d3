// Server rendering with Vue (Nuxt, Vite SSR): <KneadPrerender tag="knead-faq"> renders the element
// with its pre-render (@knead/widgets/render: a declarative shadow root with the widget's text, then
// `content` as inline JSON). The browser's parser turns the first into the shadow root, which leaves
// the inline JSON as the element's only children: the client renders exactly that, so hydration finds
// what it renders. package.json's exports pick prerender.ts (the renderer) on servers and
// prerender.browser.ts (none) in browsers, so no client bundle gets the renderer.
import type { ContentOverride } from '@knead/content';
import { defineComponent, h, type InjectionKey, inject, type Plugin, type PropType } from 'vue';
import type { AttributeValue, RenderedParts, RenderOptions } from '../render/render';

const assetBaseKey: InjectionKey<string> = Symbol('knead-asset-base');

/** `app.use(KneadAssetBase, { assetBase: '/knead/' })`: where every pre-render links its stylesheet from. */
export const KneadAssetBase: Plugin<[{ assetBase: string }]> = {
  install(app, { assetBase }) {
    app.provide(assetBaseKey, assetBase);
  },
};

// Equal to @knead/widgets/render's inlineContent, without loading the renderer (test/e2e/ssr-nuxt.test.ts).
const light = (content: ContentOverride | undefined): string =>
  content === undefined
    ? ''
    : `<script type="application/json">${JSON.stringify(content).replace(/</g, '\\u003c')}</script>`;

/**
 * A Knead element (`tag`) with its pre-render when server-rendered. Listeners and other attributes
 * go on the element (`@knead-faq-toggle`, `class`); `content` is set as a property in the browser.
 */
export const kneadPrerender = (
  renderParts?: (tag: string, options: RenderOptions) => RenderedParts,
  elements: readonly unknown[] = [],
) =>
  defineComponent({
    name: 'KneadPrerender',
    inheritAttrs: false,
    props: {
      /** The element's tag, `knead-faq`. */
      tag: { type: String, required: true },
      /** The content override, as for the element's `content` property. */
      content: { type: Object as PropType<ContentOverride>, default: undefined },
      /** The element's attributes (`{ searchable: true, 'heading-level': 3 }`). */
      attributes: { type: Object as PropType<Record<string, AttributeValue>>, default: () => ({}) },
      /** The URL of a copy of `@knead/widgets/dist/`; default `app.use(KneadAssetBase)`, else the CDN. */
      assetBase: { type: String, default: undefined },
    },
    setup(props, { attrs }) {
      const provided = inject(assetBaseKey, undefined);
      const element = (shadow: string) => {
        const written: Record<string, string> = {};
        for (const [name, value] of Object.entries(props.attributes))
          if (value !== undefined && value !== null && value !== false)
            written[name] = value === true ? '' : String(value);
        let inline = '';
        try {
          inline = light(props.content);
        } catch {} // content JSON cannot hold (a cycle): the same on both sides, the element reports it
        // Only the renderer's own escaped output goes in as HTML: content is text in it, and JSON here.
        return h(props.tag, { ...attrs, ...written, content: props.content, innerHTML: shadow + inline });
      };
      // `elements` is read so that bundlers keep the element modules, which register what renderParts renders.
      if (!renderParts || !elements.length || typeof document !== 'undefined') return () => element('');
      return () => {
        let shadow = '';
        try {
          const base = props.assetBase ?? provided;
          shadow = renderParts(props.tag, {
            attributes: props.attributes,
            content: props.content,
            ...(base === undefined ? {} : { base }),
          }).shadow;
        } catch (error) {
          console.error(
            `@knead/widgets/vue-prerender: <${props.tag}> is server-rendered without its pre-render (its text arrives with JavaScript): ${error instanceof Error ? error.message : String(error)}`,
          );
        }
        return element(shadow);
      };
    },
  });
