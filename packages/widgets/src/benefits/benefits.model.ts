import type { BenefitsSection } from '@knead/content';
import { computed, signal } from '@preact/signals-core';
import type { Readable } from '../internal/readable';

/** How `<knead-benefits>` lays out its items. */
export type BenefitsLayout = 'list' | 'grid' | 'compact';

/** The detail of `knead-benefit-toggle`. */
export interface BenefitToggleDetail {
  id: string;
  open: boolean;
}

/** What the benefits model reads. */
export interface BenefitsModelInput {
  section: Readable<BenefitsSection>;
  /** Ids to show, in this order (the `items` attribute); empty, or only unknown ids, shows every benefit. */
  ids: Readable<string[]>;
  /** How many to show from the start; 0 shows them all. */
  limit: Readable<number>;
  layout: Readable<BenefitsLayout>;
  /** Details sit behind a disclosure button. */
  expandable: Readable<boolean>;
  emit(type: 'knead-benefit-toggle', detail: BenefitToggleDetail): void;
}

/** The state and actions of the benefits list. */
export function createBenefitsModel({ section, ids, limit, layout, expandable, emit }: BenefitsModelInput) {
  const openIds = signal<string[]>([]);
  const find = (id: string) => section.value.items.find((item) => item.id === id);

  const items = computed(() => {
    const chosen = ids.value.map(find).filter((item) => item !== undefined);
    return (chosen.length ? chosen : section.value.items).slice(0, limit.value || undefined).map((item) => {
      const open = openIds.value.includes(item.id);
      return {
        ...item,
        open,
        /** Whether the details show: on demand when expandable, else always in list and grid, never in compact. */
        shown: expandable.value ? open : layout.value !== 'compact',
      };
    });
  });
  // A string, so an unchanged set of unknown ids does not notify (and is reported once).
  const unknown = computed(() => ids.value.filter((id) => !find(id)).join(' '));

  /** Opens or closes one benefit's details. */
  function toggle(id: string) {
    if (!find(id)) return;
    const open = !openIds.value.includes(id);
    openIds.value = open ? [...openIds.value, id] : openIds.value.filter((other) => other !== id);
    emit('knead-benefit-toggle', { id, open });
  }

  return { items, unknown, toggle };
}

/** The benefits model's public shape. */
export type BenefitsModel = ReturnType<typeof createBenefitsModel>;
