import type { KneadFaqElement, KneadTechniquePickerElement } from '@knead/widgets';
import { createElement, createRef } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KneadFaq, KneadTechniquePicker } from '../dist/index.js';

// The built components in Chromium with React 19 (the examples' end-to-end tests cover React 18 too).
let root: Root | undefined;
const host = () => document.body.appendChild(document.createElement('div'));
const render = (element: ReturnType<typeof createElement>) => {
  root ??= createRoot(host());
  flushSync(() => root!.render(element));
};
const settle = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
const content = {
  faq: { items: [{ id: 'parking', question: 'Where do I park?', answer: 'Behind the spa.' }] },
};

afterEach(() => {
  root?.unmount();
  root = undefined;
  document.body.replaceChildren();
});

describe('@knead/react', () => {
  it('forwards the ref to the element, defined and upgraded', async () => {
    const ref = createRef<KneadFaqElement>();
    render(createElement(KneadFaq, { ref }));
    await settle();
    expect(ref.current).toBe(document.querySelector('knead-faq'));
    expect(ref.current).toBeInstanceOf(customElements.get('knead-faq')!);
    expect(ref.current!.shadowRoot!.querySelector('[part=base]')).not.toBeNull();
  });

  it('writes attribute props as kebab-case attributes and updates them on the same element', async () => {
    render(createElement(KneadFaq, { searchable: true, multiple: false, headingLevel: 3, className: 'faq' }));
    const el = document.querySelector('knead-faq')!;
    expect([
      el.getAttribute('searchable'),
      el.hasAttribute('multiple'),
      el.getAttribute('heading-level'),
    ]).toEqual(['', false, '3']);
    expect(el.className).toBe('faq');
    render(createElement(KneadFaq, { searchable: false, multiple: true, headingLevel: 4, className: 'faq' }));
    expect(document.querySelector('knead-faq')).toBe(el);
    expect([
      el.hasAttribute('searchable'),
      el.getAttribute('multiple'),
      el.getAttribute('heading-level'),
    ]).toEqual([false, '', '4']);
    await settle();
    expect(el.shadowRoot!.querySelector('h4')).not.toBeNull();
  });

  it('sets `content` as a property, and a new object replaces it', async () => {
    render(createElement(KneadFaq, { content }));
    const el = document.querySelector('knead-faq')!;
    await settle();
    expect(el.content).toBe(content);
    expect(el.hasAttribute('content')).toBe(false);
    expect(el.shadowRoot!.textContent).toContain('Where do I park?');
    const next = { faq: { items: [{ id: 'parking', question: 'Is parking free?', answer: 'Yes.' }] } };
    render(createElement(KneadFaq, { content: next }));
    await settle();
    expect(el.shadowRoot!.textContent).toContain('Is parking free?');
  });

  it('calls the current event callback with the typed detail, and none once it is removed', async () => {
    const first = vi.fn();
    const second = vi.fn();
    render(createElement(KneadFaq, { content, onFaqToggle: first }));
    await settle();
    const question = () => document.querySelector('knead-faq')!.shadowRoot!.querySelector('button')!;
    question().click();
    expect(first).toHaveBeenCalledTimes(1);
    expect(first.mock.calls[0]![0].detail).toEqual({ id: expect.any(String), open: true });
    render(createElement(KneadFaq, { content, onFaqToggle: second }));
    question().click();
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1]);
    render(createElement(KneadFaq, { content }));
    question().click();
    expect([first.mock.calls.length, second.mock.calls.length]).toEqual([1, 1]);
  });

  it('sets `value` as a property and reports the visitor’s changes through onInput', async () => {
    const onInput = vi.fn((e: { currentTarget: KneadTechniquePickerElement }) => e.currentTarget.value);
    render(
      createElement(KneadTechniquePicker, { value: { goals: ['relaxation'], pressure: 'firm' }, onInput }),
    );
    await settle();
    const el = document.querySelector('knead-technique-picker')!;
    const boxes = el.shadowRoot!.querySelectorAll('input');
    expect([boxes[0]!.checked, el.value]).toEqual([true, { goals: ['relaxation'], pressure: 'firm' }]);
    boxes[1]!.click();
    expect(onInput).toHaveBeenCalledTimes(1);
    expect(onInput.mock.results[0]!.value).toEqual({
      goals: ['relaxation', 'chronic-pain'],
      pressure: 'firm',
    });
  });
});
