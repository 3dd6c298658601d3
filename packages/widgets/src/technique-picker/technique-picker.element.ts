import {
  PRESSURES,
  type PressurePreference,
  precautionsByLocale,
  precautionsSchema,
  techniquesByLocale,
  techniquesSchema,
} from '@knead/content';
import { computed, effect, untracked } from '@preact/signals-core';
import { type AttributeSpec, enumAttribute, idListAttribute } from '../internal/attributes';
import { groupAttribute, groupStore } from '../internal/group';
import { preactView } from '../internal/preact-view';
import { bindValue } from '../internal/value';
import { createWidget } from '../internal/widget';
import {
  bookingHref,
  createTechniquePickerModel,
  type TechniqueBookDetail,
  type TechniquePickerValue,
  type TechniqueSelectDetail,
} from './technique-picker.model';
import { techniquePickerStyles } from './technique-picker.styles';
import { TechniquePickerView } from './technique-picker.view';

/** `booking-url`: refused (with a `knead-error`) unless it makes http(s) or relative links. */
const bookingUrlAttribute: AttributeSpec<string> = {
  parse: (raw) => (!raw.trim() || bookingHref(raw, 'x') ? raw.trim() : undefined),
  fallback: '',
  expected: 'an http(s) or relative URL',
};

/**
 * Helps a visitor find the back massage technique for them: pick goals and a pressure, and the five
 * techniques re-rank live, each with the reason it fits, what to know, and an optional booking link.
 *
 * @summary Technique picker: goals and pressure in, ranked techniques with reasons and booking links out.
 * @tag knead-technique-picker
 *
 * @attr {string} goals - Space-separated ids of the goals chosen at start, e.g. `relaxation chronic-pain`.
 * @attr {'gentle' | 'medium' | 'firm' | 'any'} pressure - The pressure chosen at start. Default `any`.
 * @attr {string} group - Widgets with the same group name share the visitor's choices: conditions ticked in `<knead-precautions>` mark and demote techniques here, and the technique chosen here is selected there.
 * @attr {string} booking-url - Booking link for each technique: `{technique}` is replaced by its id, e.g. `/book?treatment={technique}`. Only http(s) and relative URLs are accepted.
 *
 * @prop {{ goals: string[]; pressure: 'gentle' | 'medium' | 'firm' | 'any' }} value - The goals and pressure chosen. Setting it changes the choices (without events); each other change updates it, then fires `input`. What Vue's `v-model` binds.
 *
 * @fires {CustomEvent<{ techniqueId: string | null; goals: string[]; pressure: 'gentle' | 'medium' | 'firm' | 'any' }>} knead-technique-select - The visitor chose a technique (or un-chose it: `techniqueId` null), with the goals and pressure chosen.
 * @fires {CustomEvent<{ techniqueId: string; url: string }>} knead-book - The visitor followed a Book link. Cancelable: `preventDefault()` stops the navigation, e.g. to open your own booking dialog.
 * @fires {Event} input - `value` changed: the visitor (or a group) changed the goals or pressure.
 *
 * @csspart base - The wrapper around everything.
 * @csspart filters - The goals and pressure choices.
 * @csspart goals - The goals checkbox group.
 * @csspart pressure - The pressure radio group.
 * @csspart count - The "3 techniques match" status.
 * @csspart list - The ranked list of techniques.
 * @csspart technique - One technique card.
 * @csspart name - A technique's name.
 * @csspart reason - Why a technique fits the visitor's choices.
 * @csspart warning - Why the precautions advise against a technique.
 * @csspart facts - Pressure, best for and what to know.
 * @csspart choose - A technique's Choose button.
 * @csspart book - A technique's Book link.
 */
export class KneadTechniquePickerElement extends createWidget({
  tag: 'knead-technique-picker',
  sections: ['techniques', 'precautions'],
  defaults: { techniques: techniquesByLocale, precautions: precautionsByLocale },
  schemas: { techniques: techniquesSchema, precautions: precautionsSchema },
  attributes: {
    goals: idListAttribute,
    pressure: enumAttribute<PressurePreference>([...PRESSURES, 'any'], 'any'),
    'booking-url': bookingUrlAttribute,
    group: groupAttribute,
  },
  properties: { value: undefined as TechniquePickerValue | undefined },
  styles: techniquePickerStyles,
  model: ({ content, locale, attrs, emit }) =>
    createTechniquePickerModel({
      content,
      locale,
      initialGoals: attrs.goals,
      initialPressure: attrs.pressure,
      bookingUrl: attrs['booking-url'],
      conditions: computed(() => groupStore(attrs.group.value)?.conditions.value ?? []),
      emit,
    }),
  ...preactView(TechniquePickerView),
  connect(host, model, { attrs, props, report }) {
    // With a group, the chosen technique is shared: another picker's choice shows here, and this
    // picker's choice reaches <knead-precautions> in the same group.
    const onSelect = (event: CustomEvent<TechniqueSelectDetail>) => {
      const store = groupStore(attrs.group.value);
      if (store && event.target === host) store.techniqueId.value = event.detail.techniqueId ?? undefined;
    };
    host.addEventListener('knead-technique-select', onSelect);
    const stop = [
      effect(() => {
        const unknown = model.unknownGoals.value;
        if (unknown) report({ code: 'unknown-id', message: `goals="${unknown}": unknown ids ignored` });
      }),
      effect(() => {
        const store = groupStore(attrs.group.value);
        const id = store?.techniqueId.value;
        if (store) untracked(() => model.selectTechnique(id ?? null));
      }),
      bindValue(host, props.value, model.value, model.setValue, report),
    ];
    return () => {
      host.removeEventListener('knead-technique-select', onSelect);
      for (const dispose of stop) dispose();
    };
  },
}) {
  declare value: TechniquePickerValue;
}

declare global {
  interface HTMLElementTagNameMap {
    'knead-technique-picker': KneadTechniquePickerElement;
  }
  interface HTMLElementEventMap {
    'knead-technique-select': CustomEvent<TechniqueSelectDetail>;
    'knead-book': CustomEvent<TechniqueBookDetail>;
  }
}
