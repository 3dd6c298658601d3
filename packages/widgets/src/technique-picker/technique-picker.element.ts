import {
  type PressurePreference,
  precautionsByLocale,
  precautionsSchema,
  techniquesByLocale,
  techniquesSchema,
} from '@knead/content';
import { effect } from '@preact/signals-core';
import { type AttributeSpec, enumAttribute, idListAttribute } from '../internal/attributes';
import { createWidget } from '../internal/widget';
import {
  bookingHref,
  createTechniquePickerModel,
  type TechniqueBookDetail,
  type TechniqueSelectDetail,
} from './technique-picker.model';
import { techniquePickerStyles } from './technique-picker.styles';
import { TechniquePickerView } from './technique-picker.view';

// Not in the content yet (requested as techniques.ui.choose); content wins once it has it.
const pendingUi = { choose: 'Choose' };

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
 * @attr {string} booking-url - Booking link for each technique: `{technique}` is replaced by its id, e.g. `/book?treatment={technique}`. Only http(s) and relative URLs are accepted.
 * @attr {string} locale - Content language, e.g. `en` or `es-MX`; falls back `es-MX` → `es` → `en`. Default: the nearest `lang` attribute.
 * @attr {'light' | 'dark' | 'auto'} theme - Colour theme; `auto` follows the visitor's system setting. Default `light`.
 * @attr {number} heading-level - Level of the technique headings, 2 to 6. Default `2`.
 * @attr {string} content-src - URL of a JSON content override, merged over the built-in content.
 *
 * @prop {ContentOverride} content - Content override object, merged by id over every other source (highest priority).
 *
 * @fires {CustomEvent<{ techniqueId: string | null; goals: string[]; pressure: string }>} knead-technique-select - The visitor chose a technique (or un-chose it: `techniqueId` null), with the goals and pressure chosen.
 * @fires {CustomEvent<{ techniqueId: string; url: string }>} knead-book - The visitor followed a Book link. Cancelable: `preventDefault()` stops the navigation, e.g. to open your own booking dialog.
 * @fires {CustomEvent<{ code: string; message: string; path?: string }>} knead-error - Invalid input was ignored; the widget shows the best content it has.
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
 *
 * @cssprop --knead-accent - Accent colour for buttons, focus rings and open items.
 * @cssprop --knead-on-accent - Text colour on the accent colour.
 * @cssprop --knead-text - Main text colour.
 * @cssprop --knead-muted - Secondary text colour.
 * @cssprop --knead-background - Background of the widget.
 * @cssprop --knead-surface - Background of cards and fields.
 * @cssprop --knead-border - Border colour.
 * @cssprop --knead-highlight - Background of search matches.
 * @cssprop --knead-font-family - Font family (default: inherited from the page).
 * @cssprop --knead-radius - Corner radius.
 * @cssprop --knead-spacing - Base spacing unit.
 * @cssprop --knead-duration - Length of open/close transitions.
 */
export class KneadTechniquePickerElement extends createWidget({
  tag: 'knead-technique-picker',
  sections: ['techniques', 'precautions'],
  defaults: { techniques: techniquesByLocale, precautions: precautionsByLocale },
  schemas: { techniques: techniquesSchema, precautions: precautionsSchema },
  attributes: {
    goals: idListAttribute,
    pressure: enumAttribute<PressurePreference>(['gentle', 'medium', 'firm', 'any'], 'any'),
    'booking-url': bookingUrlAttribute,
  },
  styles: techniquePickerStyles,
  model: ({ content, locale, attrs, emit }) =>
    createTechniquePickerModel({
      content,
      locale,
      initialGoals: attrs.goals,
      initialPressure: attrs.pressure,
      bookingUrl: attrs['booking-url'],
      fallbackUi: pendingUi,
      emit,
    }),
  view: TechniquePickerView,
  connect: (_host, model, { report }) =>
    effect(() => {
      const unknown = model.unknownGoals.value;
      if (unknown) report({ code: 'unknown-id', message: `goals="${unknown}": unknown ids ignored` });
    }),
}) {}

declare global {
  interface HTMLElementEventMap {
    'knead-technique-select': CustomEvent<TechniqueSelectDetail>;
    'knead-book': CustomEvent<TechniqueBookDetail>;
  }
}
