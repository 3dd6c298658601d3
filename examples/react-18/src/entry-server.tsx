// Server rendering, as Next.js or a Vite SSR server does it: `vite build --ssr` bundles this for Node.
import { KneadProvider } from '@knead/react';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
// The same page as examples/react, on React 18.
import { App } from '../../react/src/App';

/** The HTML of the page's root. */
export function render(): string {
  return renderToString(
    <StrictMode>
      {/* The pre-render's stylesheets, from the repository's built package (npm run demo serves it). */}
      <KneadProvider assetBase="/packages/widgets/dist/">
        <App />
      </KneadProvider>
    </StrictMode>,
  );
}
