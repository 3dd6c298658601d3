import type { ReadonlySignal } from '@preact/signals-core';

/**
 * What models and views read: a signal, or one field of a signal's value. `value` is tracked by the
 * effect or computed reading it; `peek()` is not.
 */
export interface Readable<T> {
  readonly value: T;
  peek(): T;
}

/**
 * One field of a signal's value, read as a signal. Cheaper than a signal per field: the element keeps
 * its shown content, locale and direction in one signal, and a page may hold many elements. A change
 * to any field notifies every reader, which is right for values that change together.
 */
export class FieldOf<T> implements Readable<T> {
  constructor(
    private readonly source: ReadonlySignal<Record<string, unknown> | undefined>,
    private readonly key: string,
    private readonly fallback: T,
  ) {}
  get value(): T {
    return (this.source.value?.[this.key] ?? this.fallback) as T;
  }
  peek(): T {
    return (this.source.peek()?.[this.key] ?? this.fallback) as T;
  }
}
