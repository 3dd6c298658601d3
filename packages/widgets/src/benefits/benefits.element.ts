import { benefitsByLocale, benefitsSchema, introByLocale, introSchema } from '@knead/content';
import { computed, effect } from '@preact/signals-core';
import { booleanAttribute, enumAttribute, idListAttribute, integerAttribute } from '../internal/attributes';
import { preactView } from '../internal/preact-view';
import { createWidget } from '../internal/widget';
import { type BenefitToggleDetail, createBenefitsModel } from './benefits.model';
import { benefitsStyles } from './benefits.styles';
import { BenefitsView } from './benefits.view';

/**
 * The five benefits of back massage, each with its own icon, as a list, a grid of cards or a compact list.
 *
 * @summary Benefits of back massage with icons, optional intro and APG disclosure details.
 * @tag knead-benefits
 *
 * @attr {'list' | 'grid' | 'compact'} layout - `list` (default): one per row; `grid`: cards, as many columns as fit; `compact`: icon, title and summary only.
 * @attr {number} limit - Shows only the first N benefits (1 to 99). Default: all.
 * @attr {string} items - Space-separated ids of the benefits to show, in this order, e.g. `pain-reduction stress-relief`.
 * @attr {boolean} expandable - Puts each benefit's details behind a "Read more" disclosure button.
 * @attr {boolean} intro - Shows what back massage is and the science behind it above the benefits.
 *
 * @fires {CustomEvent<{ id: string; open: boolean }>} knead-benefit-toggle - A benefit's details opened or closed (with `expandable`).
 *
 * @csspart base - The wrapper around everything.
 * @csspart intro - The intro: what back massage is and the science.
 * @csspart list - The list of benefits.
 * @csspart item - One benefit.
 * @csspart icon - A benefit's icon.
 * @csspart title - A benefit's title.
 * @csspart summary - A benefit's one-line summary.
 * @csspart toggle - The "Read more" button (with `expandable`).
 * @csspart details - A benefit's longer explanation.
 */
export class KneadBenefitsElement extends createWidget({
  tag: 'knead-benefits',
  sections: ['benefits', 'intro'],
  defaults: { benefits: benefitsByLocale, intro: introByLocale },
  schemas: { benefits: benefitsSchema, intro: introSchema },
  attributes: {
    layout: enumAttribute(['list', 'grid', 'compact'] as const, 'list'),
    // 0 (the fallback) means no limit.
    limit: integerAttribute(1, 99, 0, 'all'),
    items: idListAttribute,
    expandable: booleanAttribute,
    intro: booleanAttribute,
  },
  styles: benefitsStyles,
  model: ({ content, attrs, emit }) =>
    createBenefitsModel({
      section: computed(() => content.value.benefits),
      ids: attrs.items,
      limit: attrs.limit,
      layout: attrs.layout,
      expandable: attrs.expandable,
      emit,
    }),
  ...preactView(BenefitsView),
  connect: (_host, model, { report }) =>
    effect(() => {
      const unknown = model.unknown.value;
      if (unknown) report({ code: 'unknown-id', message: `items="${unknown}": unknown ids ignored` });
    }),
}) {}

declare global {
  interface HTMLElementTagNameMap {
    'knead-benefits': KneadBenefitsElement;
  }
  interface HTMLElementEventMap {
    'knead-benefit-toggle': CustomEvent<BenefitToggleDetail>;
  }
}
