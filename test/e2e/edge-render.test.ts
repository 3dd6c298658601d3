import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import * as esbuild from 'esbuild';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serve, watchProblems } from './harness';

// "renderWidget runs in Node, edge runtimes and browsers": edge runtimes (Cloudflare Workers, Vercel and
// Netlify Edge) run a bundle in a V8 isolate with the web platform's globals and neither a DOM nor
// Node's modules. The nearest this machine has is a module Worker in Chromium: the built renderer,
// bundled as such a deployment would bundle it (platform-neutral: a Node built-in would fail the
// build), renders every widget there exactly as it does in Node.

const DIR = 'node_modules/.cache/edge-render';
const CASES = [
  { tag: 'knead-faq', options: { attributes: { searchable: true } } },
  { tag: 'knead-faq', options: { locale: 'ar', content: { faq: { title: 'أسئلة <b>شائعة</b>' } } } },
  { tag: 'knead-benefits', options: { locale: 'de', attributes: { layout: 'grid', expandable: true } } },
  { tag: 'knead-technique-picker', options: { locale: 'es' } },
  { tag: 'knead-precautions', options: { locale: 'fr', styles: 'inline' } },
  { tag: 'knead-self-massage', options: {} },
];

let browser: Browser;
let server: Server;
let url: (path: string) => string;

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  await esbuild.build({
    entryPoints: ['packages/widgets/dist/render.js'],
    outfile: `${DIR}/render.js`,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    logLevel: 'error',
  });
  ({ server, url } = await serve());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the renderer in an edge-like runtime (a module Worker: no DOM, no Node)', () => {
  it('renders every widget there as it does in Node', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.route(url('/edge.html'), (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Edge</title>' }),
    );
    await page.goto(url('/edge.html'));
    const inWorker = await page.evaluate(
      ({ module, cases }) =>
        new Promise<{ globals: string[]; html: string[] }>((done, fail) => {
          const source = `import { renderWidget } from ${JSON.stringify(module)};
            const globals = ['document', 'window', 'process', 'require', 'Buffer'].filter((n) => n in self);
            self.postMessage({ globals, html: ${JSON.stringify(cases)}.map((c) => renderWidget(c.tag, c.options)) });`;
          const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), {
            type: 'module',
          });
          worker.onmessage = (event) => done(event.data);
          worker.onerror = (event) => fail(new Error(event.message || 'the worker failed'));
        }),
      { module: url(`/${DIR}/render.js`), cases: CASES },
    );
    const { renderWidget } = await import('../../packages/widgets/dist/render.js');
    expect(inWorker.globals).toEqual([]);
    expect(inWorker.html).toEqual(CASES.map((c) => renderWidget(c.tag, c.options as never)));
    expect(inWorker.html[1]).toContain('أسئلة &lt;b>شائعة&lt;/b>');
    expect(problems).toEqual([]);
    await page.close();
  });
});
