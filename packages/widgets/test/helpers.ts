import axe from 'axe-core';
import { expect } from 'vitest';
import type { KneadErrorDetail } from '../src/internal/events';

/** Mounts markup in a fresh container and resolves after the elements rendered. */
export async function mount<T extends HTMLElement>(html: string): Promise<T> {
  const host = document.createElement('div');
  document.body.replaceChildren(host);
  const template = document.createElement('template');
  template.innerHTML = html; // test markup only; widgets never parse HTML
  host.append(template.content);
  await settle();
  return host.firstElementChild as T;
}

/** Waits for microtasks and one frame, so effects, renders and events have happened. */
export const settle = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));

/** The shadow root of a widget, asserting it exists. */
export const shadow = (el: Element) => el.shadowRoot!;

/** Every `knead-error` detail that reached the document; the test file empties it before each test. */
export const errors: KneadErrorDetail[] = [];
document.addEventListener('knead-error', (e) => errors.push((e as CustomEvent).detail));

/** Fails on any axe-core violation inside the element (shadow DOM included). */
export async function expectAccessible(el: Element) {
  // What is judged is the settled state, not a frame of a transition.
  await Promise.all((el.shadowRoot?.getAnimations() ?? []).map((animation) => animation.finished));
  const result = await axe.run(el, { resultTypes: ['violations'] });
  const summary = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
}
