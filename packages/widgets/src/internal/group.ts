import { type Signal, signal } from '@preact/signals-core';

/** What widgets with the same `group` attribute share: the visitor's conditions and chosen technique. */
export interface GroupStore {
  conditions: Signal<string[]>;
  techniqueId: Signal<string | undefined>;
}

const stores = new Map<string, GroupStore>();

/** The one store for a group name on this page (created on first use, never for an empty name). */
export function groupStore(name: string): GroupStore | undefined {
  if (!name) return undefined;
  if (!stores.has(name)) stores.set(name, { conditions: signal([]), techniqueId: signal(undefined) });
  return stores.get(name);
}

/** The `group` attribute: a name shared by widgets that should work together. */
export const groupAttribute = {
  parse: (raw: string) => (/^[\w-]*$/.test(raw.trim()) ? raw.trim() : undefined),
  fallback: '',
  expected: 'a name of letters, digits, - or _',
};
