// Stories every widget has, built the same way for each: themes, locales, a phone, stress content and
// the error states. Each story file lists them by name, so the sidebar reads the same for every widget.
import type { Args, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
// A real file in the built Storybook too (Vite would inline a file this small as a data: URL).
import stillwaterContent from '../assets/stillwater-content.json?url&no-inline';
import { FALLBACK_DEMO_LOCALE, HOSTILE_MARKUP, PWNED, storyLocales } from './content';
import { expectDocsMatchManifest, inWidget } from './play';
import { several, widget, withInlineJson } from './render';

type Story = StoryObj;

/** The widget with no attributes; its test also pins the docs tables to the manifest. */
export const defaultStory = (tag: string, play?: Story['play']): Story => ({
  play: async (context) => {
    const { args, argTypes, canvasElement, step } = context;
    await step('the docs tables list exactly what custom-elements.json declares', () =>
      expectDocsMatchManifest(tag, argTypes),
    );
    await inWidget(canvasElement, tag);
    expect(args.onKneadError).not.toHaveBeenCalled();
    await play?.(context);
  },
});

/** `theme="dark"`. */
export const dark = (args: Args = {}): Story => ({ args: { theme: 'dark', ...args } });

/** `theme="auto"`: light or dark as the visitor's system says. */
export const autoTheme = (args: Args = {}): Story => ({ args: { theme: 'auto', ...args } });

/** One widget per built-in locale, then one in a locale without content: it falls back to English and reports it. */
export const locales = (tag: string): Story => ({
  parameters: {
    // While English is the only locale, every widget here shows the same title, so their region
    // landmarks share a name; on a real page one widget per kind (or distinct titles) avoids it.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
  },
  render: (args, context) =>
    several(...storyLocales.map((locale) => widget(tag, { ...args, locale }, context))),
  play: async ({ args, canvasElement }) => {
    expect(canvasElement.querySelectorAll(tag)).toHaveLength(storyLocales.length);
    await waitFor(() =>
      expect(args.onKneadError).toHaveBeenCalledWith(
        expect.objectContaining({
          code: 'unsupported-locale',
          message: expect.stringContaining(FALLBACK_DEMO_LOCALE),
        }),
      ),
    );
  },
});

/** A 360 px phone: the widget fits without sideways scrolling. */
export const phone = (tag: string, args: Args = {}): Story => ({
  args,
  globals: { viewport: { value: 'phone360', isRotated: false } },
  play: async ({ canvasElement }) => {
    const { el } = await inWidget(canvasElement, tag);
    // In the Storybook UI the viewport applies after the story has rendered.
    await waitFor(() => expect(window.innerWidth).toBe(360));
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
  },
});

/** Colours, font, radius and spacing through the `--knead-*` custom properties. */
export const brandColours = (args: Args = {}): Story => ({
  args: {
    ...args,
    // A brand sets every colour, so it reads the same whatever the theme (dark included).
    '--knead-accent': '#7b3f61',
    '--knead-on-accent': '#ffffff',
    '--knead-text': '#33262d',
    '--knead-muted': '#6b5560',
    '--knead-highlight': '#f3d9c4',
    '--knead-caution': '#99501a',
    '--knead-background': '#fff8f1',
    '--knead-surface': '#fffdfa',
    '--knead-border': '#e4cfc2',
    '--knead-font-family': 'Georgia, Cambria, serif',
    '--knead-radius': '4px',
    '--knead-spacing': '1.25rem',
  },
});

/** Far more and far longer content than the built-in, set through the `content` property. */
export const longContent = (tag: string, content: object, args: Args = {}): Story => ({
  args: { content, ...args },
  play: async ({ args, canvasElement }) => {
    await inWidget(canvasElement, tag);
    expect(args.onKneadError).not.toHaveBeenCalled();
  },
});

/** A link or a compound word longer than a phone is wide wraps inside the widget instead of overflowing. */
export const longWordsOnAPhone = (tag: string, content: object, args: Args = {}): Story => ({
  args: { content, ...args },
  globals: { viewport: { value: 'phone360', isRotated: false } },
  play: async ({ canvasElement }) => {
    const { el } = await inWidget(canvasElement, tag);
    await waitFor(() => expect(window.innerWidth).toBe(360));
    expect(el.scrollWidth, 'a long word overflows the widget').toBeLessThanOrEqual(el.clientWidth);
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(360);
  },
});

/** Markup, scripts and placeholders in content show as text: nothing is parsed or run. */
export const hostileStrings = (tag: string, content: object, args: Args = {}): Story => ({
  args: { content, ...args },
  play: async ({ args, canvasElement }) => {
    const { root } = await inWidget(canvasElement, tag);
    await waitFor(() => expect(root.textContent).toContain(HOSTILE_MARKUP));
    expect(root.querySelectorAll('img, script, b')).toHaveLength(0);
    expect(document.body.dataset[PWNED]).toBeUndefined();
    expect(args.onKneadError).not.toHaveBeenCalled();
  },
});

/** An invalid override: the widget keeps its built-in content and fires one `knead-error` with the path. */
export const invalidContent = (tag: string, { content, path }: { content: object; path: string }): Story => ({
  args: { content },
  play: async ({ args, canvasElement }) => {
    await inWidget(canvasElement, tag);
    await waitFor(() =>
      expect(args.onKneadError).toHaveBeenCalledWith({
        code: 'content-invalid',
        path,
        message: expect.any(String),
      }),
    );
    expect(args.onKneadError).toHaveBeenCalledTimes(1);
  },
});

/** `content-src` loads a JSON override (here the demo spa's) and merges it over the built-in content. */
export const contentSrc = (tag: string, shows: string): Story => ({
  args: { 'content-src': stillwaterContent },
  play: async ({ args, canvasElement }) => {
    const { root } = await inWidget(canvasElement, tag);
    await waitFor(() => expect(root.textContent).toContain(shows));
    expect(args.onKneadError).not.toHaveBeenCalled();
  },
});

/** A `content-src` that cannot be loaded: built-in content, and a `content-fetch` error. */
export const failedContentSrc = (tag: string): Story => ({
  args: { 'content-src': 'missing/knead-content.json' },
  play: async ({ args, canvasElement }) => {
    await inWidget(canvasElement, tag);
    await waitFor(() =>
      expect(args.onKneadError).toHaveBeenCalledWith(expect.objectContaining({ code: 'content-fetch' })),
    );
  },
});

/** The override as an inline `<script type="application/json">` child, as a website builder would paste it. */
export const inlineJson = (tag: string, override: object, shows: string): Story => ({
  render: (args, context) => withInlineJson(widget(tag, args, context), override),
  play: async ({ args, canvasElement }) => {
    const { root } = await inWidget(canvasElement, tag);
    await waitFor(() => expect(root.textContent).toContain(shows));
    expect(args.onKneadError).not.toHaveBeenCalled();
  },
});
