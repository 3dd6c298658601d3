import { precautionsByLocale, precautionsSchema, techniquesByLocale, techniquesSchema } from '@knead/content';
import { effect } from '@preact/signals-core';
import { booleanAttribute, idListAttribute, textAttribute } from '../internal/attributes';
import { createWidget } from '../internal/widget';
import { createPrecautionsModel, type VerdictDetail } from './precautions.model';
import { precautionsStyles } from './precautions.styles';
import { PrecautionsView } from './precautions.view';

/**
 * Who should take care with back massage: a checklist of conditions and the technique being considered
 * give a verdict with its reasons. Answers stay in the page: nothing is stored or sent.
 *
 * @summary Precautions checker with a verdict and its reasons.
 * @tag knead-precautions
 *
 * @attr {string} conditions - Space-separated ids of conditions ticked at start, e.g. `pregnancy`. Unknown ids are ignored and reported.
 * @attr {string} technique - Id of the technique selected at start, e.g. `deep-tissue`. Unknown ids are ignored and reported.
 * @attr {boolean} hide-technique - Hides the technique select (for example when a technique picker on the page sets `technique`).
 * @attr {string} locale - Content language, e.g. `en` or `es-MX`; falls back `es-MX` → `es` → `en`. Default: the nearest `lang` attribute.
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme; `auto` follows the visitor's system setting. Default `light`.
 * @attr {number} heading-level - Level of the verdict heading, 2 to 6. Default `2`.
 * @attr {string} content-src - URL of a JSON content override, merged over the built-in content.
 *
 * @prop {ContentOverride} content - Content override object, merged by id over every other source (highest priority).
 *
 * @fires {CustomEvent<{ verdict: 'ok' | 'consult' | 'avoid-intense'; conditions: string[]; techniqueId: string | undefined }>} knead-verdict - The visitor changed an answer; the detail is the new verdict and answers.
 * @fires {CustomEvent<{ code: string; message: string; path?: string }>} knead-error - Invalid input was ignored; the widget shows the best content it has.
 *
 * @csspart base - The wrapper around everything.
 * @csspart conditions - The fieldset of conditions.
 * @csspart condition - One condition's checkbox and label, including "None of these".
 * @csspart technique - The technique field.
 * @csspart technique-select - The technique select.
 * @csspart verdict - The verdict card.
 * @csspart reasons - The list of reasons in the verdict.
 * @csspart disclaimer - The "not medical advice" note.
 *
 * @cssprop --knead-accent - Accent colour for buttons, focus rings, ticked answers and the "good to go" verdict.
 * @cssprop --knead-on-accent - Text colour on the accent colour.
 * @cssprop --knead-caution - Colour of the cautious verdicts' icon and edge.
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
export class KneadPrecautionsElement extends createWidget({
  tag: 'knead-precautions',
  sections: ['precautions', 'techniques'],
  defaults: { precautions: precautionsByLocale, techniques: techniquesByLocale },
  schemas: { precautions: precautionsSchema, techniques: techniquesSchema },
  attributes: {
    conditions: idListAttribute,
    technique: textAttribute,
    'hide-technique': booleanAttribute,
  },
  styles: precautionsStyles,
  model: ({ content, attrs, emit }) =>
    createPrecautionsModel({ content, initialConditions: attrs.conditions, techniqueId: attrs.technique, emit }),
  view: PrecautionsView,
  connect(_host, _model, { content, attrs, report }) {
    // The model ignores unknown ids; the page author hears about them here.
    const check = (name: string, ids: string[], known: { id: string }[]) => {
      for (const id of ids)
        if (!known.some((k) => k.id === id))
          report({
            code: 'unknown-id',
            message: `${name}="${id}" is unknown (expected ${known.map((k) => k.id).join(', ')}); ignored`,
          });
    };
    return effect(() => {
      const { precautions, techniques } = content.value;
      check('conditions', attrs.conditions.value, precautions.conditions);
      check('technique', attrs.technique.value ? [attrs.technique.value] : [], techniques.items);
    });
  },
}) {}

declare global {
  interface HTMLElementEventMap {
    'knead-verdict': CustomEvent<VerdictDetail>;
  }
}
