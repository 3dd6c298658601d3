// The pre-render on the server: the widget's view as a declarative shadow root (@knead/widgets/render).
// The build points the components at this file through package.json's `imports` (#prerender) for
// servers and edge runtimes, and at prerender.browser.ts for browsers, so the renderer, its locales and
// preact-render-to-string never reach a client bundle.
import { inlineContent, type RenderedParts, type RenderOptions, renderParts } from '@knead/widgets/render';

/** Renders a widget in parts (throws on invalid input); `undefined` where there is no renderer (browsers). */
export const prerender: ((tag: string, options: RenderOptions) => RenderedParts) | undefined = renderParts;

/** The light-DOM children the pre-render writes: the content as inline JSON, or ''. */
export const light: (content: RenderOptions['content']) => string = inlineContent;
