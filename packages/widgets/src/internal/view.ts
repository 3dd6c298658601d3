import type { Content, SectionName } from '@knead/content';
import type { FunctionComponent } from 'preact';
import type { Readable } from './readable';

/** The context a view reads: content, locale and the attributes it uses, as signals. */
export interface ViewContext<K extends SectionName, A extends object> {
  content: Readable<Pick<Content, K>>;
  locale: Readable<string>;
  attrs: { [N in keyof A | 'heading-level']: Readable<N extends keyof A ? A[N] : number> };
  /** True when rendering to HTML before JavaScript: add what a reader without JavaScript needs. */
  prerender?: boolean;
}

/** A widget's Preact view: reads the model and context signals, calls model actions. */
export type WidgetView<M, K extends SectionName, A extends object = object> = FunctionComponent<{
  model: M;
  ctx: ViewContext<K, A>;
}>;

/** Makes an element with attributes (`undefined`: none) and children (strings are text). */
export type Make<N> = (
  tag: string,
  attributes: Record<string, string | undefined>,
  children: (N | string)[],
) => N;

/**
 * A widget's markup described once for any `make`: Preact elements on the server (`renderWidget`),
 * DOM elements in the browser (the widget's `mount`), so the two cannot drift apart.
 */
export type WidgetMarkup<M, K extends SectionName, A extends object = object> = <N>(
  make: Make<N>,
  model: M,
  ctx: ViewContext<K, A>,
) => N;
