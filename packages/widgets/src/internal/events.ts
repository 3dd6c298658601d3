/** The detail of every `knead-error` event. */
export interface KneadErrorDetail {
  /** A stable machine-readable code, such as `invalid-attribute` or `content-invalid`. */
  code:
    | 'invalid-attribute'
    | 'unsupported-locale'
    | 'locale-load'
    | 'content-invalid'
    | 'content-json'
    | 'content-fetch'
    | 'content-size'
    | 'unknown-id'
    | 'invalid-value'
    | 'render';
  /** What went wrong and where, in words. */
  message: string;
  /** Where in the content the problem is (`faq.items[2].answer`), when it is about content. */
  path?: string;
}

declare global {
  interface HTMLElementEventMap {
    'knead-error': CustomEvent<KneadErrorDetail>;
  }
}

/** Dispatches a bubbling, composed `CustomEvent`; returns false when a listener cancelled it. */
export function dispatch(target: EventTarget, type: string, detail: unknown, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
