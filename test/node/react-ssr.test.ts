import { describe, expect, it } from 'vitest';

// Server rendering with each React version, as Next.js or a Vite SSR server does it: the examples'
// server bundles (`vite build --ssr`, React loaded from each example: 19 and 18) in plain Node.
const TAGS = [
  'knead-benefits',
  'knead-technique-picker',
  'knead-precautions',
  'knead-self-massage',
  'knead-faq',
];
const bundles = [
  ['React 19, @knead/react', 'react', 'index'],
  ['React 19, bare elements', 'react', 'bare'],
  ['React 18, @knead/react', 'react-18', 'index'],
] as const;

describe.each(bundles)('server rendering with %s', (_name, dir, page) => {
  it('renders every tag with its attributes, without a DOM, and no object as text', async () => {
    const { render } = (await import(`../../examples/${dir}/dist/server/entry-server.js`)) as {
      render: (page: string) => string;
    };
    const html = render(page);
    expect('window' in globalThis || 'customElements' in globalThis).toBe(false);
    // @knead/react writes the pre-render (a declarative shadow root with the text); the bare tags do not.
    expect(html).toContain(
      page === 'bare'
        ? '<knead-faq searchable="" heading-level="3" theme="light"></knead-faq>'
        : '<knead-faq searchable="" heading-level="3" theme="light"><template shadowrootmode="open">',
    );
    expect(html).toContain(
      '<knead-technique-picker group="visit" booking-url="#book-{technique}" heading-level="3" theme="light">',
    );
    for (const tag of TAGS) expect(html.match(new RegExp(`<${tag} [^>]*>`, 'g'))).toHaveLength(1);
    const tags = html.match(/<knead-[^>]*>/g)!.join('');
    expect(tags).not.toMatch(/content=|value=|onknead|on[A-Z]/);
    expect(html).not.toContain('[object Object]');
  });
});

describe('the React versions the examples use', () => {
  it.each([
    ['react', '19.'],
    ['react-18', '18.'],
  ])('%s renders with React %s', async (dir, major) => {
    const { createRequire } = await import('node:module');
    const require = createRequire(new URL(`../../examples/${dir}/package.json`, import.meta.url));
    expect(require('react/package.json').version).toMatch(new RegExp(`^${major.replace('.', '\\.')}`));
  });
});
