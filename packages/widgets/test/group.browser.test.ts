import { precautionsByLocale } from '@knead/content';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/precautions/precautions.define';
import '../src/technique-picker/technique-picker.define';
import { expectAccessible, mount, settle, shadow } from './helpers';

const osteoporosis = precautionsByLocale.en!.conditions.find((c) => c.id === 'severe-osteoporosis')!;
const order = (picker: Element) =>
  [...shadow(picker).querySelectorAll('[part=technique]')].map((li) =>
    li.querySelector('[part=name]')!.id.slice(2),
  );
const select = (checker: Element) => shadow(checker).querySelector<HTMLSelectElement>('select')!;

async function page() {
  await mount(`<div>
    <knead-precautions group="a" id="checker-a"></knead-precautions>
    <knead-technique-picker group="a" id="picker-a"></knead-technique-picker>
    <knead-precautions group="b" id="checker-b"></knead-precautions>
    <knead-technique-picker group="b" id="picker-b"></knead-technique-picker>
    <knead-technique-picker id="alone"></knead-technique-picker>
  </div>`);
  const $ = (id: string) => document.getElementById(id)!;
  return {
    checkerA: $('checker-a'),
    pickerA: $('picker-a'),
    checkerB: $('checker-b'),
    pickerB: $('picker-b'),
    alone: $('alone'),
  };
}

describe('widgets in a group', () => {
  it('moves techniques the ticked conditions advise against to the bottom of the grouped picker only', async () => {
    const { checkerA, pickerA, pickerB, alone } = await page();
    const before = order(pickerA);
    expect(before.indexOf('deep-tissue')).toBeLessThan(4);
    const label = [...shadow(checkerA).querySelectorAll('label')].find(
      (l) => l.textContent === osteoporosis.label,
    )!;
    await userEvent.click(label);
    expect(shadow(checkerA).querySelector('[part=verdict]')!.getAttribute('data-verdict')).toBe(
      'avoid-intense',
    );
    expect(order(pickerA).at(-1)).toBe('deep-tissue');
    const warning = shadow(pickerA).querySelector('[part=technique]:last-child [part=warning]')!;
    expect(warning.textContent).toContain('osteoporosis');
    expect(order(pickerB)).toEqual(before);
    expect(order(alone)).toEqual(before);
    expect(shadow(pickerB).querySelector('[part=warning]')).toBeNull();
    await expectAccessible(pickerA);
  });

  it('selects the technique chosen in the picker in the same group’s checker', async () => {
    const { checkerA, pickerA, checkerB } = await page();
    const chooseHotStone = [...shadow(pickerA).querySelectorAll<HTMLButtonElement>('[part=choose]')].find(
      (b) => b.closest('[part=technique]')!.querySelector('#n-hot-stone'),
    )!;
    await userEvent.click(chooseHotStone);
    await settle();
    expect(select(checkerA).value).toBe('hot-stone');
    expect(select(checkerB).value).toBe('');
  });
});
