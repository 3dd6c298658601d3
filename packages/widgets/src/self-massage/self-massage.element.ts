import { selfMassageByLocale, selfMassageSchema, therapistByLocale, therapistSchema } from '@knead/content';
import { computed, effect } from '@preact/signals-core';
import { integerAttribute } from '../internal/attributes';
import { preactView } from '../internal/preact-view';
import { createWidget } from '../internal/widget';
import { type CompleteDetail, createSelfMassageModel, type StepChangeDetail } from './self-massage.model';
import { selfMassageStyles } from './self-massage.styles';
import { SelfMassageView } from './self-massage.view';

/**
 * A guided self-massage routine, step by step, ending with advice on choosing a professional therapist.
 * Follows the W3C multi-page form guidance: a step list with `aria-current="step"`, "Step n of N" in the
 * step heading, a progress bar, and focus on the new step's heading when the visitor moves.
 *
 * @summary Guided self-massage stepper with an optional per-step timer.
 * @tag knead-self-massage
 *
 * @attr {number} step - The current step, 0-based like the `index` of `knead-step-change` (`step="1"` shows "Step 2 of 4"). Updated when the visitor moves. Default `0`.
 * @attr {number} step-seconds - Shows a timer of this many seconds (1 to 3600) on each step, with start, pause and resume. Default: no timer.
 *
 * @fires {CustomEvent<{ index: number; stepId: string }>} knead-step-change - The visitor moved to another step (Next, Back or Start again).
 * @fires {CustomEvent<{ steps: number }>} knead-complete - The visitor finished the routine.
 *
 * @csspart base - The wrapper around everything.
 * @csspart intro - The routine's introduction and what helps, above the steps.
 * @csspart tools - The list of what helps (a chair, a foam roller, a tennis ball).
 * @csspart steps - The ordered list of steps.
 * @csspart progress - The progress bar.
 * @csspart step - The current step's card.
 * @csspart illustration - The step's drawing.
 * @csspart timer - The timer and its button.
 * @csspart complete - The completion card with advice on choosing a therapist.
 * @csspart tips - The list of what to look for in a therapist.
 * @csspart nav - The Back, Start again and Next buttons.
 */
export class KneadSelfMassageElement extends createWidget({
  tag: 'knead-self-massage',
  sections: ['selfMassage', 'therapist'],
  defaults: { selfMassage: selfMassageByLocale, therapist: therapistByLocale },
  schemas: { selfMassage: selfMassageSchema, therapist: therapistSchema },
  attributes: {
    step: integerAttribute(0, 999, 0),
    'step-seconds': integerAttribute(1, 3600, 0),
  },
  styles: selfMassageStyles,
  model: ({ content, locale, attrs, emit }) =>
    createSelfMassageModel({
      section: computed(() => content.value.selfMassage),
      locale,
      stepSeconds: attrs['step-seconds'],
      clock: {
        now: Date.now,
        setInterval: (tick, ms) => setInterval(tick, ms),
        clearInterval: (id) => clearInterval(id as number),
      },
      emit,
    }),
  ...preactView(SelfMassageView),
  connect(host, model, { attrs, report }) {
    // The attribute drives the step; the visitor's moves are written back to it, and focus follows them.
    // Focus on the new heading ("Step 2 of 4 Knead along your spine") is the announcement: screen readers
    // read a newly focused heading, and a live region saying the same would make them say it twice.
    const listening = new AbortController();
    const focusHeading = () => host.shadowRoot!.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
    host.addEventListener(
      'knead-step-change',
      (event) => {
        host.setAttribute('step', String(event.detail.index));
        focusHeading();
      },
      { signal: listening.signal },
    );
    host.addEventListener('knead-complete', focusHeading, { signal: listening.signal });
    // `show` reads the step count without tracking it, so only a new attribute value moves the step.
    const stop = effect(() => {
      const step = attrs.step.value;
      if (model.show(step)) return;
      report({ code: 'invalid-attribute', message: `step="${step}" is past the last step; using 0` });
      model.show(0);
    });
    return () => {
      stop();
      listening.abort();
      model.pause();
    };
  },
}) {}

declare global {
  interface HTMLElementTagNameMap {
    'knead-self-massage': KneadSelfMassageElement;
  }
  interface HTMLElementEventMap {
    'knead-step-change': CustomEvent<StepChangeDetail>;
    'knead-complete': CustomEvent<CompleteDetail>;
  }
}
