import '@knead/widgets/define';
import { locales } from '@knead/content';
import { effect } from '@preact/signals';
import { render } from 'preact';
import { App } from './app';
import { ensureLocale, restoreHash, savedHash } from './store';
import './studio.css';

// Start: reopen the configuration in the address (a shared link), else English; then keep the
// address up to date (replaceState: no history entry per keystroke, nothing sent anywhere).
async function start() {
  if (!(await restoreHash(location.hash))) await ensureLocale('en');
  render(<App />, document.getElementById('app')!);
  let timer: ReturnType<typeof setTimeout> | undefined;
  effect(() => {
    const hash = savedHash.value;
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (location.hash !== hash) history.replaceState(history.state, '', hash);
    }, 250);
  });
  addEventListener('hashchange', () => void restoreHash(location.hash));
  // Every language is fetched once now (about 10 KB each), so the studio keeps working offline.
  for (const code of locales) void ensureLocale(code);
}

void start();
