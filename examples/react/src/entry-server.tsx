// Server rendering, as Next.js or a Vite SSR server does it: `vite build --ssr` bundles this for Node.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';
import { BareApp } from './BareApp';

/** The HTML of a page's root: `index` (the @knead/react components) or `bare` (the bare elements). */
export function render(page: 'index' | 'bare'): string {
  const Root = page === 'bare' ? BareApp : App;
  return renderToString(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
