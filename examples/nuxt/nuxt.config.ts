// Nuxt with the Knead widgets, server-rendered: see app/plugins/ and app/app.vue.
export default defineNuxtConfig({
  compatibilityDate: '2025-07-15',
  telemetry: false,
  devtools: { enabled: false },
  // No favicon request (a 404 would be a console error in the tests).
  app: { head: { title: 'Stillwater Spa · Knead with Nuxt', link: [{ rel: 'icon', href: 'data:,' }] } },
  vue: { compilerOptions: { isCustomElement: (tag: string) => tag.startsWith('knead-') } },
});
