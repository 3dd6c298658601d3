import type { ContentOverride } from '@knead/content';
import { createComponent } from '@lit/react';
import * as React from 'react';
import { light, prerender } from './prerender';

/** What every Knead component takes besides its element's own props. */
export interface KneadCommonProps {
  /**
   * Server rendering: the URL of a copy of `@knead/widgets/dist/` (its `styles/<widget>.css`) for the
   * pre-render's stylesheet; default the `<KneadProvider assetBase>` around it, else the CDN.
   */
  assetBase?: string;
}

/** A Knead component's props: the element's own, then React's for any element (minus those names). */
export type KneadProps<E extends HTMLElement, P> = P &
  KneadCommonProps &
  Omit<React.HTMLAttributes<E>, keyof P | keyof KneadCommonProps>;

const AssetBase = React.createContext<string | undefined>(undefined);

/** Sets the `assetBase` of every Knead component inside it (server rendering: where the widgets' styles are). */
export function KneadProvider({ assetBase, children }: { assetBase: string; children?: React.ReactNode }) {
  return React.createElement(AssetBase.Provider, { value: assetBase }, children);
}

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
 *
 * On the server the element also gets its pre-render (@knead/widgets/render): a declarative shadow root
 * with the widget's text, then `content` as inline JSON. The browser turns the first into the shadow
 * root while it parses, which leaves the inline JSON as the element's only children; so the client
 * renders that same inline JSON, and hydration finds exactly what it renders.
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
  const Component = React.forwardRef<E, Record<string, unknown>>(({ assetBase, ...props }, ref) => {
    const base = typeof assetBase === 'string' ? assetBase : undefined;
    const providedBase = React.useContext(AssetBase);
    const renamed: Record<string, unknown> = { ref };
    const written: Record<string, string> = {};
    for (const [key, value] of Object.entries(props)) {
      const attribute = attributes[key];
      if (attribute === undefined) renamed[key] = value;
      else if (value !== undefined && value !== null && value !== false)
        renamed[attribute] = written[attribute] = value === true ? '' : String(value);
    }
    if (props.children === undefined && props.dangerouslySetInnerHTML === undefined) {
      const content = props.content as ContentOverride | undefined;
      // Only the renderer's own escaped output goes in as HTML: content is text in it, and JSON here.
      renamed.dangerouslySetInnerHTML = { __html: children(tagName, written, content, base ?? providedBase) };
    }
    return React.createElement(Element, renamed);
  });
  Component.displayName = displayName;
  return Component as unknown as KneadComponent<E, P>;
}

/** The element's children: on a server the pre-render, in a browser what the parser leaves of it. */
function children(
  tag: string,
  attributes: Record<string, string>,
  content: ContentOverride | undefined,
  base: string | undefined,
): string {
  let inline = '';
  try {
    inline = light(content);
  } catch {} // content JSON cannot hold (a cycle): the same on both sides, the element reports it
  if (!prerender || typeof document !== 'undefined') return inline;
  try {
    return prerender(tag, { attributes, content, ...(base === undefined ? {} : { base }) }).shadow + inline;
  } catch (error) {
    console.error(
      `@knead/react: <${tag}> is server-rendered without its pre-render (its text arrives with JavaScript): ${error instanceof Error ? error.message : String(error)}`,
    );
    return inline;
  }
}
