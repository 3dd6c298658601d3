import { createComponent } from '@lit/react';
import * as React from 'react';

/** A Knead component's props: the element's own, then React's for any element (minus those names). */
export type KneadProps<E extends HTMLElement, P> = P & Omit<React.HTMLAttributes<E>, keyof P>;

/** A Knead React component: takes {@link KneadProps} and forwards its ref to the element. */
export type KneadComponent<E extends HTMLElement, P> = React.ForwardRefExoticComponent<
  KneadProps<E, P> & React.RefAttributes<E>
>;

/** What the generated components are built from (see components.ts). */
export interface KneadComponentSpec {
  tagName: string;
  elementClass: typeof HTMLElement;
  displayName: string;
  /** camelCase prop → the attribute it sets (`headingLevel` → `heading-level`). */
  attributes: Record<string, string>;
  /** Callback prop → the event it listens to (`onFaqToggle` → `knead-faq-toggle`). */
  events: Record<string, string>;
}

/**
 * Wraps a Knead element for React with @lit/react, which sets properties (`content`, `value`) on the
 * element and adds the event listeners, in React 18 as in 19. Attribute props are renamed to their
 * kebab-case attributes and passed to React, so the server renders them and React 18 and 19 write
 * them alike: true → "", false and null → no attribute, numbers → text.
 */
export function kneadComponent<E extends HTMLElement, P extends object>({
  tagName,
  elementClass,
  displayName,
  attributes,
  events,
}: KneadComponentSpec): KneadComponent<E, P> {
  const Element = createComponent({
    react: React,
    tagName,
    elementClass,
    events,
    displayName: `${displayName}Element`,
  }) as unknown as React.ComponentType<Record<string, unknown>>;
  // biome-ignore lint/correctness/noComponentHookFactories: made once per element, when the module loads
  const Component = React.forwardRef<E, Record<string, unknown>>((props, ref) => {
    const renamed: Record<string, unknown> = { ref };
    for (const [key, value] of Object.entries(props)) {
      const attribute = attributes[key];
      if (attribute === undefined) renamed[key] = value;
      else if (value !== undefined && value !== null && value !== false)
        renamed[attribute] = value === true ? '' : String(value);
    }
    return React.createElement(Element, renamed);
  });
  Component.displayName = displayName;
  return Component as unknown as KneadComponent<E, P>;
}
