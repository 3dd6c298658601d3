import { Knead } from '@knead/widgets/vue';
import { createApp } from 'vue';
import App from './App.vue';
import '../../shared/site.css';

// The plugin defines every <knead-*> element before the app mounts, so Vue sets `content` and `value`
// as properties; vite.config.ts tells Vue's compiler that knead-* tags are custom elements.
createApp(App).use(Knead).mount('#app');
