// Preact for the loader's widget modules whose view is a Preact component (dist/loader/preact.js):
// every widget but the FAQ, which builds its DOM itself (docs/decisions/0006), so a page that shows
// only FAQs never fetches it. Its signals come from the shared runtime (one copy per page).
export { Fragment, jsx, jsxs } from 'preact/jsx-runtime';
export { preactView } from '../internal/preact-view';
