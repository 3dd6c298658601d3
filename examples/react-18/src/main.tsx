import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
// The same page as examples/react, on React 18.
import { App } from '../../react/src/App';

// Server-rendered (see entry-server.tsx): hydrate; otherwise render.
const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);
if (root.firstElementChild) hydrateRoot(root, app);
else createRoot(root).render(app);
