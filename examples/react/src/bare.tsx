import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BareApp } from './BareApp';

// Server-rendered (see entry-server.tsx): hydrate; otherwise render.
const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <BareApp />
  </StrictMode>
);
if (root.firstElementChild) hydrateRoot(root, app);
else createRoot(root).render(app);
