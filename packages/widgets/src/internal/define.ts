import { VERSION } from './version';

// One warning per copy of Knead, not one per tag: a page with two versions has five taken tags and
// one thing to fix.
let warned = false;

/**
 * Registers `ctor` under `tag`, safely: a tag that is already taken is left alone (two script tags,
 * two bundles), with one warning when the taker is a different Knead version.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry | undefined = globalThis.customElements,
): void {
  if (!registry) return; // server rendering: nothing to define
  const existing = registry.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (existing) {
    if (existing !== ctor && existing.version !== VERSION && !warned) {
      warned = true;
      console.warn(
        `<${tag}> is already defined (version ${existing.version}); Knead ${VERSION} left it and any other tag already taken alone.`,
      );
    }
    return;
  }
  try {
    // A constructor can back only one tag; a second tag name gets a subclass of its own.
    registry.define(tag, registry.getName?.(ctor) ? class extends (ctor as typeof HTMLElement) {} : ctor);
  } catch (error) {
    console.error(error);
  }
}
