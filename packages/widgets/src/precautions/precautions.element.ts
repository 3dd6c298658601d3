import { precautionsByLocale, precautionsSchema, techniquesByLocale, techniquesSchema } from '@knead/content';
import { computed, effect, untracked } from '@preact/signals-core';
import { booleanAttribute, idListAttribute, textAttribute } from '../internal/attributes';
import { groupAttribute, groupStore } from '../internal/group';
import { preactView } from '../internal/preact-view';
import { bindValue } from '../internal/value';
import { createWidget } from '../internal/widget';
import { createPrecautionsModel, type PrecautionsValue, type VerdictDetail } from './precautions.model';
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
 * @attr {string} group - Widgets with the same group name share the visitor's choices: conditions ticked here mark and demote techniques in `<knead-technique-picker>`, and the technique chosen there is selected here.
 * @attr {string} technique - Id of the technique selected at start, e.g. `deep-tissue`. Unknown ids are ignored and reported.
 * @attr {boolean} hide-technique - Hides the technique select (for example when a technique picker on the page sets `technique`).
 *
 * @prop {{ conditions: string[]; techniqueId?: string }} value - The ticked conditions and the technique considered. Setting it changes the answers (without events); each other change updates it, then fires `input`. What Vue's `v-model` binds.
 *
 * @fires {CustomEvent<{ verdict: 'ok' | 'consult' | 'avoid-intense'; conditions: string[]; techniqueId: string | undefined }>} knead-verdict - The visitor changed an answer; the detail is the new verdict and answers.
 * @fires {Event} input - `value` changed: the visitor (or a group) changed the conditions or technique.
 *
 * @csspart base - The wrapper around everything.
 * @csspart conditions - The fieldset of conditions.
 * @csspart condition - One condition's checkbox and label, including "None of these".
 * @csspart technique - The technique field.
 * @csspart technique-select - The technique select.
 * @csspart verdict - The verdict card.
 * @csspart reasons - The list of reasons in the verdict.
 * @csspart disclaimer - The "not medical advice" note.
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
    group: groupAttribute,
  },
  properties: { value: undefined as PrecautionsValue | undefined },
  styles: precautionsStyles,
  model: ({ content, attrs, emit }) =>
    createPrecautionsModel({
      content,
      initialConditions: attrs.conditions,
      techniqueId: attrs.technique,
      emit,
    }),
  ...preactView(PrecautionsView),
  connect(host, model, { content, attrs, props, report }) {
    // The model ignores unknown ids; the page author hears about them here, once per change of the
    // messages (a computed string), not again each time the content is resolved.
    const unknownOf = (name: string, ids: string[], known: { id: string }[]) =>
      ids
        .filter((id) => !known.some((k) => k.id === id))
        .map((id) => `${name}="${id}" is unknown (expected ${known.map((k) => k.id).join(', ')}); ignored`);
    const unknown = computed(() => {
      const { precautions, techniques } = content.value;
      const technique = attrs.technique.value;
      return [
        ...unknownOf('conditions', attrs.conditions.value, precautions.conditions),
        ...unknownOf('technique', technique ? [technique] : [], techniques.items),
      ].join('\n');
    });
    // With a group, ticked conditions reach the technique pickers of the group, and a technique
    // chosen in a picker is selected here (only on change, so the `technique` attribute applies first).
    let shared = groupStore(attrs.group.peek())?.techniqueId.peek();
    const stop = [
      effect(() => {
        for (const message of unknown.value.split('\n').filter(Boolean))
          report({ code: 'unknown-id', message });
      }),
      effect(() => {
        const store = groupStore(attrs.group.value);
        if (store) store.conditions.value = model.conditions.value;
      }),
      effect(() => {
        const id = groupStore(attrs.group.value)?.techniqueId.value;
        if (id !== shared) untracked(() => model.setTechnique(id));
        shared = id;
      }),
      bindValue(host, props.value, model.value, model.setValue, report),
    ];
    return () => {
      for (const dispose of stop) dispose();
    };
  },
}) {
  declare value: PrecautionsValue;
}

declare global {
  interface HTMLElementTagNameMap {
    'knead-precautions': KneadPrecautionsElement;
  }
  interface HTMLElementEventMap {
    'knead-verdict': CustomEvent<VerdictDetail>;
  }
}
