import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serve, watchProblems } from './harness';

// @knead/widgets/vue-prerender with Vue's development build, whose hydration reports every mismatch
// (Nuxt's production build, in ssr-nuxt.test.ts, does not): a server bundle (Node conditions: the
// renderer) renders the app with vue/server-renderer, a client bundle (browser conditions) hydrates it.
const root = new URL('../../', import.meta.url).pathname;
const content = {
  faq: { items: [{ id: 'parking', question: 'Where do I park?', answer: 'Behind </script><b>x</b>' }] },
};
const app = `
import { createSSRApp, h, ref } from 'vue';
import { KneadAssetBase, KneadPrerender } from '@knead/widgets/vue-prerender';
export function createApp() {
  const last = ref('none');
  const app = createSSRApp({
    render: () => [
      h('p', { id: 'last' }, last.value),
      h(KneadPrerender, { tag: 'knead-benefits', attributes: { layout: 'grid' } }),
      h(KneadPrerender, { tag: 'knead-faq', content: ${JSON.stringify(content)}, attributes: { searchable: true },
        onKneadFaqToggle: (e) => { last.value = e.detail.id + ' ' + e.detail.open; } }),
    ],
  });
  app.use(KneadAssetBase, { assetBase: '/packages/widgets/dist/' });
  return app;
}
`;

let browser: Browser;
let server: Server;
let url: (path: string) => string;
const dir = mkdtempSync(join(tmpdir(), 'knead-ssr-vue-'));

beforeAll(async () => {
  ({ server, url } = await serve());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const bundle = async (source: string, platform: 'node' | 'browser') =>
  (
    await build({
      stdin: { contents: source, resolveDir: join(root, 'packages/widgets'), loader: 'js' },
      bundle: true,
      write: false,
      platform,
      format: platform === 'node' ? 'cjs' : 'esm',
      define: {
        'process.env.NODE_ENV': '"development"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true',
      },
      logLevel: 'silent',
    })
  ).outputFiles[0]!.text;

describe('@knead/widgets/vue-prerender with Vue 3 (development build)', () => {
  let html = '';
  let client = '';
  beforeAll(async () => {
    const file = join(dir, 'server.cjs');
    writeFileSync(
      file,
      await bundle(
        `${app}\nimport { renderToString } from 'vue/server-renderer';\nexport const render = () => renderToString(createApp());`,
        'node',
      ),
    );
    html = await (createRequire(import.meta.url)(file) as { render: () => Promise<string> }).render();
    client = await bundle(`${app}\nimport '@knead/widgets/define';\ncreateApp().mount('#app');`, 'browser');
  }, 60_000);

  it('server-renders the text, and the client bundle has no renderer', () => {
    expect(html).toContain('<knead-faq searchable><template shadowrootmode="open">');
    expect(html).toContain('Behind &lt;/script>&lt;b>x&lt;/b>');
    expect(html).toContain('<knead-benefits layout="grid"><template shadowrootmode="open">');
    expect(client).not.toContain('shadowrootmode');
  });

  it('hydrates without a warning; the FAQ works and its event reaches a ref', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    page.on('console', (m) => m.type() === 'warning' && problems.push(`warning: ${m.text()}`));
    await page.route(url('/ssr-vue/'), (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><body><div id="app">${html}</div><script type="module" src="/ssr-vue/client.js"></script></body></html>`,
      }),
    );
    await page.route(url('/ssr-vue/client.js'), (route) =>
      route.fulfill({ contentType: 'text/javascript', body: client }),
    );
    await page.goto(url('/ssr-vue/'));
    await page.waitForFunction(() => '__vue_app__' in (document.querySelector('#app') ?? {}));
    const question = page.locator('knead-faq').getByRole('button', { name: 'Where do I park?' });
    await question.click();
    await expect.poll(() => page.textContent('#last')).toBe('parking true');
    expect(problems).toEqual([]);
    await page.close();
  });
});
