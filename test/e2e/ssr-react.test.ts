import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inlineContent } from '../../packages/widgets/dist/render.js';
import { launchChromium, serve, watchProblems } from './harness';

// @knead/react's pre-render with each React version, the way Next.js or a Vite SSR server does it:
// a server bundle (Node conditions: the renderer) renders the page, a client bundle (browser
// conditions: no renderer) hydrates it in Chromium. React is taken from each example's dependencies.
const root = new URL('../../', import.meta.url).pathname;
const versions = [
  ['React 19', 'examples/react'],
  ['React 18', 'examples/react-18'],
] as const;
const hostile = 'Behind the spa </script><b>free</b> <!-- & "quotes"';
const content = { faq: { items: [{ id: 'parking', question: 'Where do I park?', answer: hostile }] } };
const app = `
import { createElement as h, useEffect, useState } from 'react';
import { KneadBenefits, KneadFaq, KneadProvider } from '@knead/react';
const content = ${JSON.stringify(content)};
export function App() {
  const [last, setLast] = useState('none');
  useEffect(() => { document.body.dataset.hydrated = 'yes'; }, []);
  return h(KneadProvider, { assetBase: '/packages/widgets/dist/' },
    h('p', { id: 'last' }, last),
    h(KneadBenefits, { layout: 'grid' }),
    h(KneadFaq, { searchable: true, headingLevel: 3, content, onFaqToggle: (e) => setLast(e.detail.id + ' ' + e.detail.open) }),
  );
}
`;

let browser: Browser;
let server: Server;
let url: (path: string) => string;
const dir = mkdtempSync(join(tmpdir(), 'knead-ssr-react-'));

beforeAll(async () => {
  ({ server, url } = await serve());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Bundles `source` with this React version, for Node (the server) or for browsers (the client). */
async function bundle(example: string, source: string, platform: 'node' | 'browser') {
  const from = createRequire(join(root, example, 'package.json'));
  const alias = {
    react: join(from.resolve('react/package.json'), '..'),
    'react-dom': join(from.resolve('react-dom/package.json'), '..'),
  };
  const result = await build({
    stdin: { contents: source, resolveDir: join(root, example), loader: 'js' },
    bundle: true,
    write: false,
    platform,
    format: platform === 'node' ? 'cjs' : 'esm',
    alias,
    define: { 'process.env.NODE_ENV': '"development"' }, // React's hydration warnings are dev-only
    logLevel: 'silent',
    metafile: true,
  });
  return { text: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}

describe.each(versions)('@knead/react server rendering with %s', (_name, example) => {
  let html = '';
  let client = { text: '', inputs: [] as string[] };

  beforeAll(async () => {
    const serverCode = await bundle(
      example,
      `${app}
import { renderToString } from 'react-dom/server';
export { version } from 'react';
export const render = () => renderToString(h(App));
export const renderBad = () => renderToString(h(KneadFaq, { headingLevel: 9 }));`,
      'node',
    );
    const file = join(dir, `${example.replace('/', '-')}.cjs`);
    writeFileSync(file, serverCode.text);
    const mod = createRequire(import.meta.url)(file) as {
      render: () => string;
      renderBad: () => string;
      version: string;
    };
    expect(mod.version.split('.')[0]).toBe(example.endsWith('18') ? '18' : '19');
    html = mod.render();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const bad = mod.renderBad();
    // Invalid input: the bare element (the browser renders it), and one clear error on the server.
    expect(bad).toBe('<knead-faq heading-level="9"></knead-faq>');
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain('heading-level="9" is not valid');
    errors.mockRestore();
    client = await bundle(
      example,
      `${app}\nimport { hydrateRoot } from 'react-dom/client';\n` +
        `hydrateRoot(document.getElementById('root'), h(App), { onRecoverableError: (e) => console.error('recoverable: ' + e) });`,
      'browser',
    );
  }, 60_000);

  it('writes the widgets text and the pre-render stylesheet into the server HTML', () => {
    expect(html).toContain('<knead-faq searchable="" heading-level="3"><template shadowrootmode="open">');
    expect(html).toContain('<link rel="stylesheet" href="/packages/widgets/dist/styles/faq.css">');
    expect(html).toContain('Where do I park?');
    expect(html).toContain('Behind the spa &lt;/script>&lt;b>free&lt;/b>');
    expect(html).not.toContain('<b>free</b>');
    expect(html).toContain('<knead-benefits layout="grid"><template shadowrootmode="open">');
  });

  it('keeps the renderer out of the client bundle, whose inline JSON matches the renderer', async () => {
    const renderer = /node_modules\/preact-render-to-string\/|widgets\/dist\/render\.js/;
    expect(client.inputs.filter((input) => renderer.test(input))).toEqual([]);
    expect(client.inputs).toContain('packages/react/dist/prerender.browser.js');
    expect(client.text).not.toContain('shadowrootmode');
    const { light } = (await import('../../packages/react/dist/prerender.browser.js')) as {
      light: typeof inlineContent;
    };
    for (const given of [
      undefined,
      { faq: { items: [{ id: 'x', answer: hostile }] } },
      { a: '\u2028</SCRIPT' },
    ])
      expect(light(given as never)).toBe(inlineContent(given as never));
  });

  it('hydrates without a warning, reusing the pre-rendered elements, and the widgets work', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    page.on('console', (m) => m.type() === 'warning' && problems.push(`warning: ${m.text()}`));
    const mark = `<script>for (const el of document.querySelectorAll('knead-faq, knead-benefits')) el.ssr = !!el.shadowRoot;</script>`;
    await page.route(url('/ssr-react/'), (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>SSR</title></head><body><div id="root">${html}</div>${mark}<script type="module" src="/ssr-react/client.js"></script></body></html>`,
      }),
    );
    await page.route(url('/ssr-react/client.js'), (route) =>
      route.fulfill({ contentType: 'text/javascript', body: client.text }),
    );
    await page.goto(url('/ssr-react/'));
    await page.waitForSelector('body[data-hydrated=yes]');
    const state = await page.evaluate(() =>
      [...document.querySelectorAll('knead-faq, knead-benefits')].map((el) => ({
        ssr: (el as unknown as { ssr: boolean }).ssr,
        children: el.innerHTML,
      })),
    );
    const expected = await page.evaluate((light) => {
      const t = document.createElement('template');
      t.innerHTML = light;
      return t.innerHTML;
    }, inlineContent(content));
    expect(state).toEqual([
      { ssr: true, children: '' },
      { ssr: true, children: expected },
    ]);
    const faq = page.locator('knead-faq');
    const question = faq.getByRole('button', { name: 'Where do I park?' });
    await question.click();
    await expect.poll(() => page.textContent('#last')).toBe('parking true');
    expect(await question.getAttribute('aria-expanded')).toBe('true');
    expect(await faq.getByText(hostile).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
