// The one runtime the loader's widget modules share (dist/loader/runtime.js): signals and the element
// runtime (one copy of each per page: signals keep page-wide state). Preact is in preact.js beside it,
// for the widgets with a Preact view. Helpers only some widgets use (search text, keyboard, group
// store) stay in those widgets' modules. Each widget module imports these from here and carries only
// its own code and content, so a page with one widget pays for that widget and this. Only what the
// widgets import is exported (all of signals would cost more); a missing name fails the loader's
// end-to-end test, which loads every widget.
export { batch, computed, effect, signal, untracked } from '@preact/signals-core';
export {
  booleanAttribute,
  enumAttribute,
  idListAttribute,
  integerAttribute,
  textAttribute,
} from '../internal/attributes';
export { createWidget } from '../internal/widget';
