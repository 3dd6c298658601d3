// Stories every widget has, built the same way for each: themes, locales (Arabic right to left), a
// phone, stress content and the error states. Each story file lists them by name, so the sidebar reads the same for every widget.
import type { SectionName } from '@knead/content';
import type { Args, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
// A real file in the built Storybook too (Vite would inline a file this small as a data: URL).
import stillwaterContent from '../assets/stillwater-content.json?url&no-inline';
import { builtInContent, FALLBACK_DEMO_LOCALE, HOSTILE_MARKUP, PWNED, storyLocales } from './content';
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

/** The sections whose title names each widget's region (`aria-label` of `[part=base]`). */
type TitledSection = Exclude<SectionName, 'intro' | 'therapist'>;

/**
 * One widget per built-in locale, each in its own language, then one in a locale without content: it
 * falls back to English and reports it. `section` is the content section whose title names the widget.
 */
export const locales = (tag: string, section: TitledSection): Story => ({
  parameters: {
    // The fallback widget shows English, so it and the English one are regions of the same name; a
    // real page has one widget of a kind per language.
    a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } },
    docs: {
      description: {
        story: `\`locale\` picks the language: one widget per built-in locale (${storyLocales.slice(0, -1).join(', ')}), then \`locale="${FALLBACK_DEMO_LOCALE}"\`, which has no content: it shows English and fires a \`knead-error\` (\`unsupported-locale\`). Without the attribute a widget follows the nearest \`lang\`.`,
      },
    },
  },
  render: (args, context) =>
    several(...storyLocales.map((locale) => widget(tag, { ...args, locale }, context))),
  play: async ({ args, canvasElement, step }) => {
    const elements = [...canvasElement.querySelectorAll(tag)];
    expect(elements).toHaveLength(storyLocales.length);
    for (const [i, locale] of storyLocales.entries()) {
      const expected = await builtInContent(locale);
      await step(`locale="${locale}" shows ${expected.locale}: "${expected[section].title}"`, () =>
        // Every locale but English loads on demand; the widget renders nothing until it is there.
        waitFor(() => {
          const root = elements[i]!.shadowRoot?.querySelector('.root');
          expect(root).toHaveAttribute('lang', expected.locale);
          expect(root).toHaveAttribute('dir', expected.direction ?? 'ltr');
          expect(root?.querySelector('[part=base]')).toHaveAttribute('aria-label', expected[section].title);
        }),
      );
    }
    await waitFor(() =>
      expect(args.onKneadError).toHaveBeenCalledWith(
        expect.objectContaining({
          code: 'unsupported-locale',
          message: expect.stringContaining(`"${FALLBACK_DEMO_LOCALE}"`),
        }),
      ),
    );
    // Only the fallback widget reports; every built-in locale loaded.
    expect(args.onKneadError).toHaveBeenCalledTimes(1);
  },
});

/** A letter of the Arabic block. */
const ARABIC = /[\u0600-\u06FF]/;

/** The text of every label a screen reader reads or a field shows in place of visible text. */
const labels = (root: ShadowRoot) =>
  [...root.querySelectorAll('*')].flatMap((el) =>
    ['aria-label', 'placeholder', 'alt', 'title'].flatMap((name) => el.getAttribute(name) ?? []),
  );

/**
 * `locale="ar"`: Arabic, right to left. The shadow root's wrapper carries `lang="ar" dir="rtl"`, so
 * the layout mirrors (the widgets' CSS uses logical properties); every string, labels included, is
 * Arabic (a Latin letter is English nobody translated).
 */
export const arabic = (tag: string, args: Args = {}): Story => ({
  args: { locale: 'ar', ...args },
  parameters: {
    docs: {
      description: {
        story:
          '`locale="ar"`: Arabic, written right to left. The widget sets `lang="ar"` and `dir="rtl"` inside its shadow root, so its layout mirrors; the page around it can stay left to right.',
      },
    },
  },
  play: async ({ args, canvasElement }) => {
    // inWidget waits for the first render, which waits for Arabic to load.
    const { root } = await inWidget(canvasElement, tag);
    const wrapper = root.querySelector('.root');
    await expect(wrapper).toHaveAttribute('lang', 'ar');
    await expect(wrapper).toHaveAttribute('dir', 'rtl');
    const base = root.querySelector<HTMLElement>('[part=base]')!;
    await expect(getComputedStyle(base).direction).toBe('rtl');
    await expect(base.getAttribute('aria-label')).toMatch(ARABIC);
    await expect(base.textContent).toMatch(ARABIC);
    const latin = [root.textContent, ...labels(root)].join(' ').match(/\S*[a-z]\S*/gi);
    await expect(latin, 'English left in the Arabic widget').toBeNull();
    expect(args.onKneadError).not.toHaveBeenCalled();
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
