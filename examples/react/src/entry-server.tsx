// Server rendering, as Next.js or a Vite SSR server does it: `vite build --ssr` bundles this for Node.
import { KneadProvider } from '@knead/react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';
import { BareApp } from './BareApp';

/** The HTML of a page's root: `index` (the @knead/react components) or `bare` (the bare elements). */
export function render(page: 'index' | 'bare'): string {
  const Root = page === 'bare' ? BareApp : App;
  return renderToString(
    <StrictMode>
      {/* The pre-render's stylesheets, from the repository's built package (npm run demo serves it). */}
      <KneadProvider assetBase="/packages/widgets/dist/">
        <Root />
      </KneadProvider>
    </StrictMode>,
  );
}
