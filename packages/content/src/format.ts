import type { Plural } from './types';

/** Replaces `{name}` placeholders with `values`; unknown placeholders stay as they are. */
export const formatTemplate = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));

/** Picks the plural form for `count` in `locale` and fills its `{count}` placeholder. */
export const plural = (p: Plural, count: number, locale: string): string =>
  formatTemplate(new Intl.PluralRules(locale).select(count) === 'one' ? p.one : p.other, { count });
