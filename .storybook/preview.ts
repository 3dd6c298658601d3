import { locales } from '@knead/content';
import { type Preview, type StoryContext, setCustomElementsManifest } from '@storybook/web-components-vite';
import { fn } from 'storybook/test';
import '../packages/widgets/src/define';
import { FALLBACK_DEMO_LOCALE, localeName } from '../stories/support/content';
import { argTypesFor, eventArg, eventNames, manifest } from '../stories/support/manifest';
import { PAGE_LANG, withKneadCanvas } from '../stories/support/render';
import './preview.css';

setCustomElementsManifest(manifest);

/** "Show code": the story's markup, plus the script line for a `content` property when it has one. */
function showMarkup(code: string, { args, component }: StoryContext): string {
  const markup = code.replaceAll('=""', '');
  // Storybook may pass code through here more than once: add the script once.
  if (args.content === undefined || !component || markup.includes(').content = ')) return markup;
  const json = JSON.stringify(args.content);
  const value = json.length <= 240 ? json : '{ /* the override in the content control */ }';
  return `${markup}\n<script>\n  document.querySelector('${component}').content = ${value};\n</script>`;
}

const viewports = {
  phone360: { name: 'Phone · 360 px', styles: { width: '360px', height: '780px' }, type: 'mobile' },
  phone414: { name: 'Large phone · 414 px', styles: { width: '414px', height: '880px' }, type: 'mobile' },
  tablet768: { name: 'Tablet · 768 px', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
  laptop1280: { name: 'Laptop · 1280 px', styles: { width: '1280px', height: '800px' }, type: 'desktop' },
} as const;

const preview: Preview = {
  decorators: [withKneadCanvas],
  globalTypes: {
    theme: {
      description: 'The theme attribute of every widget (a story’s own theme control wins)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
          { value: 'auto', title: 'Auto (follows the system)', icon: 'browser' },
        ],
      },
    },
    locale: {
      description: 'The locale attribute of every widget (a story’s own locale control wins)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: PAGE_LANG, title: 'No attribute (follows the page’s lang)' },
          // Each built-in locale by its own name, as a language menu shows it: "Español (es)".
          ...locales.map((l) => ({ value: l, title: `${localeName(l)} (${l})` })),
          {
            value: FALLBACK_DEMO_LOCALE,
            title: `${FALLBACK_DEMO_LOCALE}: no content, falls back to English`,
          },
        ],
      },
    },
  },
  initialGlobals: { theme: 'light', locale: PAGE_LANG },
  // One spy per knead-* event; the canvas decorator calls it with the event's detail.
  args: Object.fromEntries(eventNames.map((name) => [eventArg(name), fn()])),
  argTypes: Object.fromEntries(eventNames.map((name) => [eventArg(name), { table: { disable: true } }])),
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
    viewport: { options: viewports },
    controls: { expanded: true },
    docs: {
      extractArgTypes: argTypesFor,
      // Show the widget's markup alone, as a page would have it: no canvas wrapper, no `=""`, and the
      // page script that sets a `content` property, which markup cannot show.
      source: { excludeDecorators: true, transform: showMarkup },
    },
    options: {
      storySort: {
        order: [
          'Welcome',
          'Embedding',
          'Widgets',
          ['Benefits', 'Technique picker', 'Precautions', 'Self-massage', 'FAQ'],
        ],
      },
    },
  },
};

export default preview;
