import { selfMassageByLocale, therapistByLocale } from '@knead/content';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { hostileContent, invalidContent, longContent, longWordContent } from './support/content';
import { inWidget } from './support/play';
import { widget } from './support/render';
import * as shared from './support/stories';

const tag = 'knead-self-massage';
const en = selfMassageByLocale.en!;
const steps = en.steps;
const stepHeading = (root: ShadowRoot) => root.querySelector('[part=step] [tabindex="-1"]');

const meta = {
  title: 'Widgets/Self-massage',
  component: tag,
  tags: ['autodocs'],
  render: (args, context) => widget(tag, args, context),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The routine, one step at a time: Next, Back, Finish, then advice on choosing a therapist. */
export const Default: Story = shared.defaultStory(tag, async ({ args, canvasElement, step }) => {
  const { el, root, getByRole } = await inWidget(canvasElement, tag);
  await expect(stepHeading(root)).toHaveTextContent(`Step 1 of ${steps.length}`);
  await step('Next moves on, focuses the new step and updates the step attribute', async () => {
    await userEvent.click(getByRole('button', { name: en.ui.next }));
    await expect(stepHeading(root)).toHaveTextContent(`Step 2 of ${steps.length} ${steps[1]!.title}`);
    await expect(root.activeElement).toBe(stepHeading(root));
    await expect(el).toHaveAttribute('step', '1');
    await expect(args.onKneadStepChange).toHaveBeenCalledWith({ index: 1, stepId: steps[1]!.id });
  });
  await step('Back returns', async () => {
    await userEvent.click(getByRole('button', { name: en.ui.previous }));
    await expect(args.onKneadStepChange).toHaveBeenLastCalledWith({ index: 0, stepId: steps[0]!.id });
  });
  await step('through to Finish', async () => {
    for (let i = 1; i < steps.length; i++) await userEvent.click(getByRole('button', { name: en.ui.next }));
    await userEvent.click(getByRole('button', { name: en.ui.finish }));
    await expect(args.onKneadComplete).toHaveBeenCalledWith({ steps: steps.length });
    await expect(root.querySelector('[part=complete]')).toHaveTextContent(therapistByLocale.en!.title);
  });
});

/** `step="2"` opens the routine at its third step (0-based, like the event's `index`). */
export const StartAtAStep: Story = {
  args: { step: 2 },
  play: async ({ canvasElement }) => {
    const { root } = await inWidget(canvasElement, tag);
    await expect(stepHeading(root)).toHaveTextContent(`Step 3 of ${steps.length} ${steps[2]!.title}`);
  },
};

/** `step-seconds="30"`: a timer on each step, with start, pause and resume. */
export const Timer: Story = {
  args: { 'step-seconds': 30, step: 1 },
  play: async ({ canvasElement }) => {
    const { getByRole } = await inWidget(canvasElement, tag);
    await expect(getByRole('timer')).toHaveTextContent('0:30 left');
    await userEvent.click(getByRole('button', { name: en.ui.start }));
    await userEvent.click(await waitFor(() => getByRole('button', { name: en.ui.pause })));
    await expect(getByRole('button', { name: en.ui.resume })).toBeVisible();
  },
};

/** The completion view: what to look for in a professional therapist. */
export const Complete: Story = {
  args: { step: steps.length - 1 },
  play: async ({ canvasElement }) => {
    const { root, getByRole } = await inWidget(canvasElement, tag);
    await userEvent.click(getByRole('button', { name: en.ui.finish }));
    await expect(root.querySelector('[part=tips]')?.children).toHaveLength(therapistByLocale.en!.tips.length);
  },
};

/** `heading-level="3"`: the step heading becomes an `<h3>`. */
export const HeadingLevel: Story = {
  args: { 'heading-level': 3 },
  play: async ({ canvasElement }) => {
    const { root } = await inWidget(canvasElement, tag);
    await expect(root.querySelector('h3')).toHaveTextContent(steps[0]!.title);
  },
};

export const Dark: Story = shared.dark({ step: 1, 'step-seconds': 60 });
export const AutoTheme: Story = shared.autoTheme({ step: 1 });
export const BrandColours: Story = shared.brandColours({ step: 1, 'step-seconds': 60 });
export const Phone: Story = shared.phone(tag, { step: 1, 'step-seconds': 60 });
export const Locales: Story = shared.locales(tag, 'selfMassage');
export const Arabic: Story = shared.arabic(tag, { step: 1, 'step-seconds': 60 });
export const LongContent: Story = shared.longContent(tag, longContent.selfMassage, { 'step-seconds': 90 });
export const HostileStrings: Story = shared.hostileStrings(tag, hostileContent.selfMassage);
export const LongWordsOnAPhone: Story = shared.longWordsOnAPhone(tag, longWordContent.selfMassage);
export const InvalidContent: Story = shared.invalidContent(tag, invalidContent.selfMassage);

/** `step="99"` is past the last step: the routine starts at the first and reports it. */
export const InvalidAttribute: Story = {
  args: { step: 99 },
  play: async ({ args, canvasElement }) => {
    const { root } = await inWidget(canvasElement, tag);
    await expect(stepHeading(root)).toHaveTextContent(`Step 1 of ${steps.length}`);
    await expect(args.onKneadError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'invalid-attribute' }),
    );
  },
};

export const ContentSrc: Story = shared.contentSrc(tag, 'Stillwater style');
export const FailedContentSrc: Story = shared.failedContentSrc(tag);
export const InlineJson: Story = shared.inlineJson(
  tag,
  { selfMassage: { steps: [{ id: 'roller-or-ball', remove: true }] } },
  `Step 1 of ${steps.length - 1}`,
);
