import { precautionsByLocale, techniquesByLocale } from '@knead/content';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { hostileContent, invalidContent, longContent, longWordContent } from './support/content';
import { inWidget } from './support/play';
import { several, widget } from './support/render';
import * as shared from './support/stories';

const tag = 'knead-precautions';
const en = precautionsByLocale.en!;
const condition = (id: string) => en.conditions.find((c) => c.id === id)!.label;
const verdictTitle = (root: ShadowRoot) => root.querySelector('[part=verdict] .title')?.textContent;

const meta = {
  title: 'Widgets/Precautions',
  component: tag,
  tags: ['autodocs'],
  render: (args, context) => widget(tag, args, context),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The visitor ticks conditions; the verdict and its reasons follow. Nothing is stored or sent. */
export const Default: Story = shared.defaultStory(tag, async ({ args, canvasElement, step }) => {
  const { root, getByRole } = await inWidget(canvasElement, tag);
  await expect(verdictTitle(root)).toBe(en.verdicts.ok.title);
  await step('pregnancy: check with a provider first', async () => {
    await userEvent.click(getByRole('checkbox', { name: condition('pregnancy') }));
    await expect(verdictTitle(root)).toBe(en.verdicts.consult.title);
    await expect(root.querySelector('[part=reasons]')).toBeVisible();
    await expect(args.onKneadVerdict).toHaveBeenLastCalledWith({
      verdict: 'consult',
      conditions: ['pregnancy'],
      techniqueId: undefined,
    });
  });
  await step('"None of these" clears the conditions', async () => {
    await userEvent.click(getByRole('checkbox', { name: en.ui.none }));
    await expect(getByRole('checkbox', { name: condition('pregnancy') })).not.toBeChecked();
    await expect(verdictTitle(root)).toBe(en.verdicts.ok.title);
  });
});

/** `conditions` and `technique` set the first answers: a fracture and deep tissue call for care. */
export const AnswersAtStart: Story = {
  args: { conditions: 'fracture', technique: 'deep-tissue' },
  play: async ({ canvasElement }) => {
    const { root, getByRole } = await inWidget(canvasElement, tag);
    await expect(verdictTitle(root)).toBe(en.verdicts['avoid-intense'].title);
    await expect(getByRole('combobox', { name: en.ui.techniqueLabel })).toHaveValue('deep-tissue');
  },
};

/** Choosing a technique in the select adds its own precautions. */
export const ChooseATechnique: Story = {
  play: async ({ args, canvasElement }) => {
    const { getByRole } = await inWidget(canvasElement, tag);
    const deepTissue = techniquesByLocale.en!.items.find((t) => t.id === 'deep-tissue')!;
    await userEvent.selectOptions(getByRole('combobox', { name: en.ui.techniqueLabel }), deepTissue.name);
    await expect(args.onKneadVerdict).toHaveBeenCalledWith({
      verdict: 'ok',
      conditions: [],
      techniqueId: 'deep-tissue',
    });
  },
};

/** `hide-technique`: no technique select, e.g. when a technique picker on the page sets `technique`. */
export const HideTechnique: Story = {
  args: { 'hide-technique': true },
  play: async ({ canvasElement }) => {
    const { root } = await inWidget(canvasElement, tag);
    await expect(root.querySelector('select')).toBeNull();
  },
};

/**
 * `group`: with `<knead-technique-picker>` in the same group, the technique chosen there is selected
 * here, and conditions ticked here mark the techniques there.
 */
export const GroupedWithTechniquePicker: Story = {
  render: (args, context) =>
    several(
      widget(tag, { ...args, group: 'precautions-story' }, context),
      widget('knead-technique-picker', { group: 'precautions-story', 'heading-level': 3 }, context),
    ),
  args: { 'heading-level': 3, 'hide-technique': true },
  play: async ({ args, canvasElement, step }) => {
    const precautions = await inWidget(canvasElement, tag);
    const picker = await inWidget(canvasElement, 'knead-technique-picker');
    await step('choosing deep tissue in the picker adds its precautions here', async () => {
      await userEvent.click(picker.root.getElementById('c-deep-tissue')!);
      await waitFor(() => expect(precautions.root.querySelector('[part=reasons]')).toBeVisible());
      await expect(args.onKneadTechniqueSelect).toHaveBeenCalled();
    });
    await step('severe osteoporosis here marks deep tissue in the picker', async () => {
      await userEvent.click(precautions.getByRole('checkbox', { name: condition('severe-osteoporosis') }));
      await waitFor(() => expect(picker.root.querySelector('[part=warning]')).toBeVisible());
      await expect(verdictTitle(precautions.root)).toBe(en.verdicts['avoid-intense'].title);
    });
  },
};

/** `heading-level="4"`: the verdict title becomes an `<h4>`. */
export const HeadingLevel: Story = {
  args: { 'heading-level': 4 },
  play: async ({ canvasElement }) => {
    const { root } = await inWidget(canvasElement, tag);
    await expect(root.querySelector('h4')).toHaveTextContent(en.verdicts.ok.title);
  },
};

export const Dark: Story = shared.dark({ conditions: 'pregnancy' });
export const AutoTheme: Story = shared.autoTheme({ conditions: 'pregnancy' });
export const BrandColours: Story = shared.brandColours({ conditions: 'herniated-disc' });
export const Phone: Story = shared.phone(tag, { conditions: 'pregnancy fracture' });
export const Locales: Story = shared.locales(tag, 'precautions');
export const Arabic: Story = shared.arabic(tag, { conditions: 'pregnancy' });
export const LongContent: Story = shared.longContent(tag, longContent.precautions, {
  conditions: 'condition-1',
});
export const HostileStrings: Story = shared.hostileStrings(tag, hostileContent.precautions);
export const LongWordsOnAPhone: Story = shared.longWordsOnAPhone(tag, longWordContent.precautions);
export const InvalidContent: Story = shared.invalidContent(tag, invalidContent.precautions);

/** Unknown condition and technique ids are ignored and reported, one `knead-error` each. */
export const UnknownIds: Story = {
  args: { conditions: 'sciatica pregnancy', technique: 'reiki' },
  play: async ({ args, canvasElement }) => {
    const { root } = await inWidget(canvasElement, tag);
    await expect(verdictTitle(root)).toBe(en.verdicts.consult.title);
    await expect(args.onKneadError).toHaveBeenCalledTimes(2);
    await expect(args.onKneadError).toHaveBeenCalledWith(expect.objectContaining({ code: 'unknown-id' }));
  },
};

export const ContentSrc: Story = shared.contentSrc(tag, 'call 555-0147');
export const FailedContentSrc: Story = shared.failedContentSrc(tag);
export const InlineJson: Story = shared.inlineJson(
  tag,
  {
    precautions: {
      disclaimer: 'Not medical advice. Our therapists will ask about your health before every treatment.',
    },
  },
  'Our therapists will ask',
);
