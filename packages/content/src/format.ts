import type { Plural } from './types';

/** Replaces `{name}` placeholders with `values`; unknown placeholders stay as they are. */
export const formatTemplate = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));

/** Formats a number with the digits and grouping `Intl` gives `locale` (`1,200`, `1.200`). */
export const formatNumber = (value: number, locale: string): string => value.toLocaleString(locale);

/**
 * Picks the plural form for `count` in `locale` (any `Intl.PluralRules` category; `other` when the
 * content lacks that form) and fills `{count}` and `{total}` with numbers formatted for the locale.
 */
export const plural = (p: Plural, count: number, locale: string, total = 0): string =>
  formatTemplate(p[new Intl.PluralRules(locale).select(count) as keyof Plural] ?? p.other, {
    count: formatNumber(count, locale),
    total: formatNumber(total, locale),
  });
