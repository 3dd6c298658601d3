// @knead/widgets/vue-prerender on servers (Nuxt, Vite SSR): <KneadPrerender> with the renderer.
import {
  KneadBenefitsElement,
  KneadFaqElement,
  KneadPrecautionsElement,
  KneadSelfMassageElement,
  KneadTechniquePickerElement,
} from '../index';
import { renderParts } from '../render/render';
import { kneadPrerender } from './component';

export { KneadAssetBase } from './component';

/** A Knead element (`tag`) with its pre-render when server-rendered (see component.ts). */
// The classes are passed on (and read) so that a bundler that trusts package.json's sideEffects keeps
// the modules that register each widget for renderParts (Nuxt's server build once dropped them).
export const KneadPrerender = kneadPrerender(renderParts, [
  KneadBenefitsElement,
  KneadFaqElement,
  KneadPrecautionsElement,
  KneadSelfMassageElement,
  KneadTechniquePickerElement,
]);
