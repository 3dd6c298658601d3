import { faqByLocale } from '@knead/content';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { hostileContent, invalidContent, longContent, longWordContent } from './support/content';
import { inWidget } from './support/play';
import { widget } from './support/render';
import * as shared from './support/stories';

const tag = 'knead-faq';
const en = faqByLocale.en!;
const [first, second] = en.items;

const meta = {
  title: 'Widgets/FAQ',
  component: tag,
  tags: ['autodocs'],
  render: (args, context) => widget(tag, args, context),
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** The questions as an accordion: one open at a time; Up, Down, Home and End move between questions. */
export const Default: Story = shared.defaultStory(tag, async ({ args, canvasElement, step }) => {
  const { getByRole } = await inWidget(canvasElement, tag);
  const question = getByRole('button', { name: first!.question });
  await step('open the first question', async () => {
    await userEvent.click(question);
    await expect(question).toHaveAttribute('aria-expanded', 'true');
    await expect(args.onKneadFaqToggle).toHaveBeenCalledWith({ id: first!.id, open: true });
  });
  await step('opening another closes it', async () => {
    await userEvent.click(getByRole('button', { name: second!.question }));
    await expect(question).toHaveAttribute('aria-expanded', 'false');
    await expect(args.onKneadFaqToggle).toHaveBeenCalledWith({ id: first!.id, open: false });
  });
});

/** `searchable`: the search box filters questions and answers and highlights what matched. */
export const Searchable: Story = {
  args: { searchable: true },
  play: async ({ canvasElement, step }) => {
    const { root, getByRole, getByText } = await inWidget(canvasElement, tag);
    const search = getByRole<HTMLInputElement>('searchbox', { name: en.ui.searchLabel });
    await step('search for "athletes"', async () => {
      await userEvent.type(search, 'athletes');
      await waitFor(() => expect(getByRole('status')).toHaveTextContent('1 of 5 questions'));
      await expect(root.querySelector('[part=match]')).toHaveTextContent(/athletes/i);
    });
    await step('a search with no match offers to clear it', async () => {
      // Replace the query (user-event's clear() cannot focus inside a shadow root).
      await userEvent.type(search, 'zebra', {
        initialSelectionStart: 0,
        initialSelectionEnd: search.value.length,
      });
      await userEvent.click(getByRole('button', { name: en.ui.clear }));
      await expect(search).toHaveValue('');
      await expect(getByText('5 of 5 questions')).toBeVisible();
    });
  },
};

/** `multiple` lets several answers stay open; `open` lists the ones open at start. */
export const MultipleOpenAtStart: Story = {
  args: { multiple: true, open: `${first!.id} ${second!.id}` },
  play: async ({ canvasElement }) => {
    const { getByRole } = await inWidget(canvasElement, tag);
    await expect(getByRole('button', { name: first!.question })).toHaveAttribute('aria-expanded', 'true');
    await expect(getByRole('button', { name: second!.question })).toHaveAttribute('aria-expanded', 'true');
  },
};

/** `structured-data` adds a schema.org FAQPage block to the page head, for search engines. */
export const StructuredData: Story = {
  args: { 'structured-data': true },
  play: async ({ canvasElement }) => {
    await inWidget(canvasElement, tag);
    const script = document.head.querySelector('script[type="application/ld+json"]');
    const data = JSON.parse(script?.textContent ?? '{}');
    await expect(data['@type']).toBe('FAQPage');
    await expect(data.mainEntity).toHaveLength(en.items.length);
  },
};

/** `link-hash`: opening a question sets `#faq-<id>`, so visitors can share a link to an answer. */
export const LinkHash: Story = {
  args: { 'link-hash': true },
  play: async ({ canvasElement }) => {
    const { getByRole } = await inWidget(canvasElement, tag);
    const before = location.href;
    await userEvent.click(getByRole('button', { name: second!.question }));
    await expect(location.hash).toBe(`#faq-${second!.id}`);
    history.replaceState(history.state, '', before);
  },
};

/** `heading-level="4"`: the questions become `<h4>`s, to fit under the page's own `<h3>`. */
export const HeadingLevel: Story = {
  args: { 'heading-level': 4 },
  play: async ({ canvasElement }) => {
    const { root } = await inWidget(canvasElement, tag);
    await expect(root.querySelectorAll('h4')).toHaveLength(en.items.length);
  },
};

export const Dark: Story = shared.dark({ searchable: true, open: first!.id });
export const AutoTheme: Story = shared.autoTheme();
export const BrandColours: Story = shared.brandColours({ searchable: true });
export const Phone: Story = shared.phone(tag, { searchable: true, open: first!.id });
export const Locales: Story = shared.locales(tag, 'faq');
export const Arabic: Story = shared.arabic(tag, { searchable: true, open: first!.id });
export const LongContent: Story = shared.longContent(tag, longContent.faq, { searchable: true });
export const HostileStrings: Story = shared.hostileStrings(tag, hostileContent.faq, { open: first!.id });
export const LongWordsOnAPhone: Story = shared.longWordsOnAPhone(tag, longWordContent.faq, {
  open: first!.id,
});
export const InvalidContent: Story = shared.invalidContent(tag, invalidContent.faq);

/** A nonsense attribute value: the widget uses the default and reports it. */
export const InvalidAttribute: Story = {
  args: { open: 'Pregnancy!' },
  play: async ({ args, canvasElement }) => {
    await inWidget(canvasElement, tag);
    await expect(args.onKneadError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'invalid-attribute' }),
    );
  },
};

export const ContentSrc: Story = shared.contentSrc(tag, 'How do I book at Stillwater?');
export const FailedContentSrc: Story = shared.failedContentSrc(tag);
export const InlineJson: Story = shared.inlineJson(
  tag,
  {
    faq: {
      items: [
        { id: 'booking', question: 'How do I book?', answer: 'Call us on 555-0147.' },
        { id: 'athletes', remove: true },
      ],
    },
    order: { 'faq.items': ['booking'] },
  },
  'How do I book?',
);
