import { benefitsByLocale, introByLocale } from '@knead/content';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { hostileContent, invalidContent, longContent, longWordContent } from './support/content';
import { inWidget } from './support/play';
import { widget } from './support/render';
import * as shared from './support/stories';

const tag = 'knead-benefits';
const en = benefitsByLocale.en!;
const titles = (root: ShadowRoot) => [...root.querySelectorAll('[part=title]')].map((t) => t.textContent);

const meta = {
  title: 'Widgets/Benefits',
  component: tag,
  tags: ['autodocs'],
  render: (args, context) => widget(tag, args, context),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** `layout="list"` (the default): one benefit per row, each with its icon, title and summary. */
export const Default: Story = shared.defaultStory(tag, async ({ canvasElement }) => {
  const { root } = await inWidget(canvasElement, tag);
  await expect(titles(root)).toEqual(en.items.map((b) => b.title));
});

/** `layout="grid"`: cards, as many columns as fit. */
export const Grid: Story = { args: { layout: 'grid' } };

/** `layout="compact"`: icon, title and summary only. */
export const Compact: Story = {
  args: { layout: 'compact' },
  play: async ({ canvasElement }) => {
    const { root } = await inWidget(canvasElement, tag);
    for (const details of root.querySelectorAll('[part=details]')) await expect(details).not.toBeVisible();
  },
};

/** `expandable`: each benefit's details sit behind a "Read more" disclosure button. */
export const Expandable: Story = {
  args: { expandable: true, layout: 'grid' },
  play: async ({ args, canvasElement, step }) => {
    const { root, getAllByRole } = await inWidget(canvasElement, tag);
    const [first] = en.items;
    const [toggle] = getAllByRole('button', { expanded: false });
    const details = root.getElementById(`d-${first!.id}`);
    await expect(details).not.toBeVisible();
    await step('Read more opens the details', async () => {
      await userEvent.click(toggle!);
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await expect(toggle).toHaveTextContent(en.ui.showLess);
      await expect(details).toBeVisible();
      await expect(args.onKneadBenefitToggle).toHaveBeenCalledWith({ id: first!.id, open: true });
    });
    await step('Read less closes them', async () => {
      await userEvent.click(toggle!);
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(args.onKneadBenefitToggle).toHaveBeenLastCalledWith({ id: first!.id, open: false });
    });
  },
};

/** `intro`: what back massage is and the science behind it, above the benefits. */
export const WithIntro: Story = {
  args: { intro: true, layout: 'grid' },
  play: async ({ canvasElement }) => {
    const { getByRole } = await inWidget(canvasElement, tag);
    await expect(getByRole('heading', { name: introByLocale.en!.title })).toBeVisible();
  },
};

/** `items` picks benefits and their order; `limit` keeps the first N. */
export const ItemsAndLimit: Story = {
  args: { items: 'flexibility stress-relief pain-reduction', limit: 2 },
  play: async ({ canvasElement }) => {
    const { root } = await inWidget(canvasElement, tag);
    const byId = (id: string) => en.items.find((b) => b.id === id)!.title;
    await expect(titles(root)).toEqual([byId('flexibility'), byId('stress-relief')]);
  },
};

/** `heading-level="3"`: the titles become `<h3>`s, to fit under the page's own `<h2>`. */
export const HeadingLevel: Story = {
  args: { 'heading-level': 3, intro: true },
  play: async ({ canvasElement }) => {
    const { root } = await inWidget(canvasElement, tag);
    await expect(root.querySelectorAll('h3')).toHaveLength(en.items.length + 1);
  },
};

export const Dark: Story = shared.dark({ layout: 'grid', expandable: true, intro: true });
export const AutoTheme: Story = shared.autoTheme({ layout: 'grid' });
export const BrandColours: Story = shared.brandColours({ layout: 'grid', expandable: true });
export const Phone: Story = shared.phone(tag, { layout: 'grid', expandable: true, intro: true });
export const Locales: Story = shared.locales(tag, 'benefits');
export const Arabic: Story = shared.arabic(tag, { layout: 'grid', expandable: true, intro: true });
export const LongContent: Story = shared.longContent(tag, longContent.benefits, {
  layout: 'grid',
  intro: true,
});
export const HostileStrings: Story = shared.hostileStrings(tag, hostileContent.benefits);
export const LongWordsOnAPhone: Story = shared.longWordsOnAPhone(tag, longWordContent.benefits);
export const InvalidContent: Story = shared.invalidContent(tag, invalidContent.benefits);

/** `layout="masonry"` and `limit="0"` are not valid: the defaults apply and each is reported. */
export const InvalidAttributes: Story = {
  args: { layout: 'masonry', limit: 0 },
  play: async ({ args, canvasElement }) => {
    const { root } = await inWidget(canvasElement, tag);
    await expect(root.querySelector('[part=base]')).toHaveClass('list');
    await expect(args.onKneadError).toHaveBeenCalledTimes(2);
    await expect(args.onKneadError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'invalid-attribute' }),
    );
  },
};

export const ContentSrc: Story = shared.contentSrc(tag, 'Our quiet rooms and slow strokes');
export const FailedContentSrc: Story = shared.failedContentSrc(tag);
export const InlineJson: Story = shared.inlineJson(
  tag,
  {
    benefits: {
      items: [
        {
          id: 'sauna',
          title: 'Sauna afterwards',
          summary: 'Warm up first.',
          details: 'Ten minutes of heat loosens the muscles.',
        },
      ],
    },
  },
  'Sauna afterwards',
);
