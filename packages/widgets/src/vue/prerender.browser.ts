// @knead/widgets/vue-prerender in browsers: <KneadPrerender> without the renderer (never needed there).
import { kneadPrerender } from './component';

export { KneadAssetBase } from './component';

/** A Knead element (`tag`); in the browser it renders what the server's pre-render leaves in the light DOM. */
export const KneadPrerender = kneadPrerender();
