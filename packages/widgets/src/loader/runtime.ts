// The one runtime the loader's widget modules share (dist/loader/runtime.js): Preact, signals and
// the element runtime (one copy of each per page: signals and Preact keep page-wide state). Helpers
// only some widgets use (search text, keyboard, group store) stay in those widgets' modules. Each widget module imports these from here and carries only its own code
// and content, so a page with one widget pays for that widget and this. Only what the widgets import
// is exported (all of Preact and signals would cost 0.9 KB gzip more); a missing name fails the
// loader's end-to-end test, which loads every widget.
export { batch, computed, effect, signal, untracked } from '@preact/signals-core';
export { Fragment, jsx, jsxs } from 'preact/jsx-runtime';
export {
  booleanAttribute,
  enumAttribute,
  idListAttribute,
  integerAttribute,
  textAttribute,
} from '../internal/attributes';
export { preactView } from '../internal/preact-view';
export { createWidget } from '../internal/widget';
