import { selfMassageByLocale, selfMassageSchema, therapistByLocale, therapistSchema } from '@knead/content';
import { computed, effect } from '@preact/signals-core';
import { integerAttribute } from '../internal/attributes';
import { createWidget } from '../internal/widget';
import { type CompleteDetail, createSelfMassageModel, type StepChangeDetail } from './self-massage.model';
import { selfMassageStyles } from './self-massage.styles';
import { SelfMassageView } from './self-massage.view';

// TODO(content): move to `selfMassage.ui.complete` once the content package has it (English only until then).
const complete = 'Routine complete';

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
 * @attr {string} locale - Content language, e.g. `en` or `es-MX`; falls back `es-MX` → `es` → `en`. Default: the nearest `lang` attribute.
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme; `auto` follows the visitor's system setting. Default `light`.
 * @attr {number} heading-level - Level of the step heading, 2 to 6. Default `2`.
 * @attr {string} content-src - URL of a JSON content override, merged over the built-in content.
 *
 * @prop {ContentOverride} content - Content override object, merged by id over every other source (highest priority).
 *
 * @fires {CustomEvent<{ index: number; stepId: string }>} knead-step-change - The visitor moved to another step (Next, Back or Start again).
 * @fires {CustomEvent<{ steps: number }>} knead-complete - The visitor finished the routine.
 * @fires {CustomEvent<{ code: string; message: string; path?: string }>} knead-error - Invalid input was ignored; the widget shows the best content it has.
 *
 * @csspart base - The wrapper around everything.
 * @csspart steps - The ordered list of steps.
 * @csspart progress - The progress bar.
 * @csspart step - The current step's card.
 * @csspart illustration - The step's drawing.
 * @csspart timer - The timer and its button.
 * @csspart complete - The completion card with advice on choosing a therapist.
 * @csspart tips - The list of what to look for in a therapist.
 * @csspart nav - The Back, Start again and Next buttons.
 *
 * @cssprop --knead-accent - Accent colour for buttons, focus rings, drawings and progress.
 * @cssprop --knead-on-accent - Text colour on the accent colour.
 * @cssprop --knead-text - Main text colour.
 * @cssprop --knead-muted - Secondary text colour.
 * @cssprop --knead-background - Background of the widget.
 * @cssprop --knead-surface - Background of cards and fields.
 * @cssprop --knead-border - Border colour.
 * @cssprop --knead-font-family - Font family (default: inherited from the page).
 * @cssprop --knead-radius - Corner radius.
 * @cssprop --knead-spacing - Base spacing unit.
 * @cssprop --knead-duration - Length of transitions.
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
      clock: { now: Date.now, setInterval: (tick, ms) => setInterval(tick, ms), clearInterval },
      completeLabel: complete,
      emit,
    }),
  view: SelfMassageView,
  connect(host, model, { attrs, report }) {
    // The attribute drives the step; the visitor's moves are written back to it, and focus follows them.
    const focusHeading = () => host.shadowRoot!.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
    const onStep = (event: CustomEvent<StepChangeDetail>) => {
      host.setAttribute('step', String(event.detail.index));
      focusHeading();
    };
    host.addEventListener('knead-step-change', onStep);
    host.addEventListener('knead-complete', focusHeading);
    const stop = effect(() => {
      const step = attrs.step.value;
      if (model.show(step)) return;
      report({ code: 'invalid-attribute', message: `step="${step}" is past the last step; using 0` });
      model.show(0);
    });
    return () => {
      stop();
      host.removeEventListener('knead-step-change', onStep);
      host.removeEventListener('knead-complete', focusHeading);
      model.dispose();
    };
  },
}) {}

declare global {
  interface HTMLElementEventMap {
    'knead-step-change': CustomEvent<StepChangeDetail>;
    'knead-complete': CustomEvent<CompleteDetail>;
  }
}
