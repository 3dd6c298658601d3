import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  // The one line Vue needs: knead-* tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('knead-') } } })],
  // Relative URLs, so dist/ works wherever it is served (the demo serves it at /examples/vue/dist/).
  base: './',
});
