import { precautionsByLocale, techniquesByLocale } from '@knead/content';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { hostileContent, invalidContent, longContent, longWordContent } from './support/content';
import { inWidget } from './support/play';
import { several, widget } from './support/render';
import * as shared from './support/stories';

const tag = 'knead-technique-picker';
const en = techniquesByLocale.en!;
const name = (id: string) => en.items.find((t) => t.id === id)!.name;
const goal = (id: string) => en.goals.find((g) => g.id === id)!.label;
const ranking = (root: ShadowRoot) => [...root.querySelectorAll('[part=name]')].map((n) => n.textContent);

const meta = {
  title: 'Widgets/Technique picker',
  component: tag,
  tags: ['autodocs'],
  render: (args, context) => widget(tag, args, context),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Goals and a pressure in; the five techniques re-rank live, each with the reason it fits. */
export const Default: Story = shared.defaultStory(tag, async ({ args, canvasElement, step }) => {
  const { root, getByRole } = await inWidget(canvasElement, tag);
  await step('ask for chronic pain relief, firm pressure', async () => {
    await userEvent.click(getByRole('checkbox', { name: goal('chronic-pain') }));
    await userEvent.click(getByRole('radio', { name: en.ui.pressures.firm }));
    await expect(ranking(root)[0]).toBe(name('deep-tissue'));
    await expect(getByRole('status')).toHaveTextContent('1 technique matches');
  });
  await step('choose the top technique', async () => {
    const choose = root.getElementById('c-deep-tissue')!;
    await userEvent.click(choose);
    await expect(choose).toHaveAttribute('aria-pressed', 'true');
    await expect(args.onKneadTechniqueSelect).toHaveBeenCalledWith({
      techniqueId: 'deep-tissue',
      goals: ['chronic-pain'],
      pressure: 'firm',
    });
  });
});

/** `goals` and `pressure` set the visitor's first choices, e.g. from a landing page's link. */
export const GoalsAndPressureAtStart: Story = {
  args: { goals: 'soothing-heat muscle-tension', pressure: 'medium' },
  play: async ({ canvasElement }) => {
    const { root, getByRole } = await inWidget(canvasElement, tag);
    await expect(getByRole('checkbox', { name: goal('soothing-heat') })).toBeChecked();
    await expect(getByRole('radio', { name: en.ui.pressures.medium })).toBeChecked();
    await expect(ranking(root)[0]).toBe(name('hot-stone'));
  },
};

/**
 * `booking-url`: each technique gets a Book link, `{technique}` replaced by its id. `knead-book` is
 * cancelable; Storybook cancels it so the preview stays here, and the actions panel shows the URL.
 */
export const BookingLinks: Story = {
  args: { 'booking-url': '#book-{technique}' },
  play: async ({ args, canvasElement }) => {
    const { root } = await inWidget(canvasElement, tag);
    const book = root.getElementById('b-shiatsu')!;
    await expect(book).toHaveAttribute('href', '#book-shiatsu');
    const before = location.hash;
    await userEvent.click(book);
    await expect(args.onKneadBook).toHaveBeenCalledWith({ techniqueId: 'shiatsu', url: '#book-shiatsu' });
    await expect(location.hash).toBe(before);
  },
};

/**
 * `group`: with `<knead-precautions>` in the same group, ticked conditions mark and demote techniques
 * here, and the technique chosen here is selected there.
 */
export const GroupedWithPrecautions: Story = {
  render: (args, context) =>
    several(
      widget('knead-precautions', { group: 'picker-story', 'heading-level': 3 }, context),
      widget(tag, { ...args, group: 'picker-story' }, context),
    ),
  args: { 'heading-level': 3 },
  play: async ({ args, canvasElement, step }) => {
    const precautions = await inWidget(canvasElement, 'knead-precautions');
    const picker = await inWidget(canvasElement, tag);
    await step('a fracture ranks deep tissue last, with the reason', async () => {
      const fracture = precautionsByLocale.en!.conditions.find((c) => c.id === 'fracture')!;
      await userEvent.click(precautions.getByRole('checkbox', { name: fracture.label }));
      await waitFor(() => expect(ranking(picker.root).at(-1)).toBe(name('deep-tissue')));
      await expect(picker.root.querySelector('[part=warning]')).toBeVisible();
    });
    await step('choosing shiatsu here selects it in the precautions', async () => {
      await userEvent.click(picker.root.getElementById('c-shiatsu')!);
      await waitFor(() => expect(precautions.getByRole('combobox')).toHaveValue('shiatsu'));
      await expect(args.onKneadVerdict).toHaveBeenCalled();
    });
  },
};

/** `heading-level="4"`: technique names become `<h4>`s. */
export const HeadingLevel: Story = {
  args: { 'heading-level': 4 },
  play: async ({ canvasElement }) => {
    const { root } = await inWidget(canvasElement, tag);
    await expect(root.querySelectorAll('h4')).toHaveLength(en.items.length);
  },
};

export const Dark: Story = shared.dark({ goals: 'relaxation', 'booking-url': '#book-{technique}' });
export const AutoTheme: Story = shared.autoTheme({ goals: 'relaxation' });
export const BrandColours: Story = shared.brandColours({
  goals: 'relaxation',
  'booking-url': '#book-{technique}',
});
export const Phone: Story = shared.phone(tag, { goals: 'relaxation', 'booking-url': '#book-{technique}' });
export const Locales: Story = shared.locales(tag, 'techniques');
export const Arabic: Story = shared.arabic(tag, { goals: 'relaxation', 'booking-url': '#book-{technique}' });
export const LongContent: Story = shared.longContent(tag, longContent.picker, {
  'booking-url': '#book-{technique}',
});
export const HostileStrings: Story = shared.hostileStrings(tag, hostileContent.picker, {
  goals: 'relaxation',
});
export const LongWordsOnAPhone: Story = shared.longWordsOnAPhone(tag, longWordContent.picker, {
  goals: 'relaxation',
});
export const InvalidContent: Story = shared.invalidContent(tag, invalidContent.picker);

/** A `javascript:` booking URL and an unknown pressure are refused: no Book links, default pressure, two errors. */
export const InvalidAttributes: Story = {
  args: { 'booking-url': 'javascript:alert(1)', pressure: 'extreme', goals: 'sauna' },
  play: async ({ args, canvasElement }) => {
    const { root, getByRole } = await inWidget(canvasElement, tag);
    await expect(root.querySelector('[part=book]')).toBeNull();
    await expect(getByRole('radio', { name: en.ui.pressures.any })).toBeChecked();
    const codes = args.onKneadError.mock.calls.map(([detail]: [{ code: string }]) => detail.code).sort();
    await expect(codes).toEqual(['invalid-attribute', 'invalid-attribute', 'unknown-id']);
  },
};

export const ContentSrc: Story = shared.contentSrc(tag, 'Stillwater hot stones');
export const FailedContentSrc: Story = shared.failedContentSrc(tag);
export const InlineJson: Story = shared.inlineJson(
  tag,
  {
    techniques: {
      items: [
        { id: 'aromatherapy', remove: true },
        { id: 'swedish', name: 'Classic Swedish' },
      ],
    },
  },
  'Classic Swedish',
);
