// Server rendering, as Next.js or a Vite SSR server does it: `vite build --ssr` bundles this for Node.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';

/** The HTML of the page's root. */
export function render(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
