import { describe, expect, it } from 'vitest';

// Plain Node, as in server rendering: importing every built entry must not throw or define anything.
describe('package entries in Node', () => {
  it('imports @knead/content', async () => {
    const content = await import('../../packages/content/dist/index.js');
    expect(Object.keys(content).sort()).toMatchSnapshot();
    expect(content.getContent('en').faq.items).toHaveLength(5);
  });

  it.each(['index', 'define', 'benefits', 'faq', 'precautions', 'self-massage', 'technique-picker'])(
    'imports @knead/widgets/%s without a DOM',
    async (entry) => {
      const mod = await import(`../../packages/widgets/dist/${entry}.js`);
      expect(Object.values(mod).some((value) => typeof value === 'function')).toBe(true);
      expect('customElements' in globalThis).toBe(false);
    },
  );

  it('exports the same names from the main entry as it always did', async () => {
    expect(Object.keys(await import('../../packages/widgets/dist/index.js')).sort()).toMatchSnapshot();
  });
});
