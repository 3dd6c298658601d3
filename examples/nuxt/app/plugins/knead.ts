// Server and browser: the pre-render links each widget's stylesheet from /knead/ (public/knead is a
// copy of @knead/widgets/dist made by the build, copy-assets.mjs).
import { KneadAssetBase } from '@knead/widgets/vue-prerender';

export default defineNuxtPlugin((nuxtApp) => {
  nuxtApp.vueApp.use(KneadAssetBase, { assetBase: '/knead/' });
});
