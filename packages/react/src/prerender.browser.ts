// The browser side of #prerender (see prerender.ts): no renderer, only the light-DOM part, which the
// client render must repeat so that hydration finds what the server wrote. Browsers parse the
// declarative shadow root out of the server HTML, which leaves exactly this inline JSON as the
// element's children. It must stay character for character equal to @knead/widgets/render's
// inlineContent (test/e2e/ssr-react.test.ts compares them on hostile strings).
import type { ContentOverride } from '@knead/content';

export const prerender = undefined;

export const light = (content: ContentOverride | undefined): string =>
  content === undefined
    ? ''
    : `<script type="application/json">${JSON.stringify(content).replace(/</g, '\\u003c')}</script>`;
