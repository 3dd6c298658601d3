import { effect, type ReadonlySignal, type Signal, untracked } from '@preact/signals-core';
import { dispatch, type KneadErrorDetail } from './events';

/** A value as JSON, order-free for lists (models keep ids in content order) and '' as unset. */
const comparable = (v: unknown) =>
  JSON.stringify(Array.isArray(v) ? [...v].sort() : v === '' ? undefined : v);

// One function for every element: adding it again on reconnect is a no-op, so nothing to remove.
const stop = (event: Event) => event.stopPropagation();

/**
 * Gives a widget a two-way `value` property, the shape Vue's `v-model` expects on a custom element: it
 * sets `el.value` and reads it back on each `input` event. Setting `value` drives the model (`apply`,
 * silently); every other change of `state` (the visitor, a group, an attribute) is written to `value`,
 * then the host fires one `input` event. The inner controls' own `input` events stop at the shadow
 * root: they fire before the model changes, so a listener would read a stale `value`.
 */
export function bindValue<V extends object>(
  host: HTMLElement,
  value: Signal<V | undefined>,
  state: ReadonlySignal<V>,
  apply: (value: V) => void,
  report: (error: KneadErrorDetail) => void,
): () => void {
  // The JSON of the state `value` last showed; JSON compares these small plain values by content.
  let shown = '';
  const show = () => {
    const current = state.peek();
    shown = JSON.stringify(current);
    value.value = current;
  };
  host.shadowRoot!.addEventListener('input', stop);
  const fromPage = effect(() => {
    const next = value.value;
    if (JSON.stringify(next) === shown) return;
    // Anything but an object (v-model writes '' for null) leaves the model alone; `value` is then
    // reset to the state, which runs this effect once more, harmlessly.
    if (next instanceof Object) {
      untracked(() => apply(next));
      // The model keeps only what it understands; name what it dropped (an unknown id, a typo'd key).
      const applied = state.peek() as Record<string, unknown>;
      const dropped = Object.keys(next).filter(
        (key) => comparable((next as Record<string, unknown>)[key]) !== comparable(applied[key]),
      );
      if (dropped.length) {
        report({
          code: 'invalid-value',
          message: `value ${JSON.stringify(next)} is partly invalid (${dropped.join(', ')}); using ${JSON.stringify(applied)}`,
        });
      }
    }
    show();
  });
  const toPage = effect(() => {
    if (JSON.stringify(state.value) === shown) return;
    show();
    dispatch(host, 'input', undefined);
  });
  return () => {
    fromPage();
    toPage();
  };
}
