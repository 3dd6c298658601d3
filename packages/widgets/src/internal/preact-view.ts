import { effect } from '@preact/signals-core';
import { type FunctionComponent, hydrate, render } from 'preact';

/**
 * A widget whose view is a Preact component: the server renders it (`renderWidget`), and in the
 * browser one effect renders it into the element's container again whenever a signal it read
 * changes; Preact's diff then touches only what differs. The view is called, not mounted as a
 * component: the effect is its only trigger, so a component instance per element would be memory for
 * nothing. A pre-rendered container is hydrated: same nodes, so focus and a half-typed value stay.
 * Only the widgets that use it carry Preact (the FAQ builds its DOM itself: docs/decisions/0006).
 */
export function preactView<M, C>(view: FunctionComponent<{ model: M; ctx: C }>) {
  return {
    view,
    mount(container: HTMLElement, model: M, ctx: C, adopt: boolean): (() => void)[] {
      let hydrating = adopt;
      const stop = effect(() => {
        (hydrating ? hydrate : render)(view({ model, ctx }), container);
        hydrating = false;
      });
      return [stop, () => render(null, container)];
    },
  };
}
