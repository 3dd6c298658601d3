import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchProblems } from './harness';
import { type App, expectPrerenderedPage, startApp } from './ssr-servers';

// examples/nuxt (built by the root build: `nuxt build`), served by its Nitro server on a loopback port.
// The page renders <KneadPrerender> from @knead/widgets/vue-prerender.

let app: App;
let browser: Browser;

beforeAll(async () => {
  app = await startApp(
    'examples/nuxt',
    () => ['.output/server/index.mjs'],
    (port) => ({ NITRO_PORT: String(port), NITRO_HOST: '127.0.0.1' }),
  );
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('examples/nuxt: server rendering with @knead/widgets/vue-prerender', () => {
  it('has the FAQ answers and the benefits in the HTML response, with the stylesheets served by the app', () =>
    expectPrerenderedPage(app));

  it('has the same inline JSON as the renderer, without loading it in the browser', async () => {
    const { inlineContent } = await import('../../packages/widgets/dist/render.js');
    const html = await (await fetch(app.url('/'))).text();
    expect(html).toContain(
      inlineContent({
        faq: {
          items: [
            { id: 'parking', question: 'Where do I park?', answer: 'Behind the spa, free for guests.' },
          ],
        },
      }),
    );
    // The scripts the page loads do not hold the renderer (its chunk is emitted, never fetched).
    const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts)
      expect(await (await fetch(app.url(src))).text()).not.toContain('shadowrootmode');
  });

  it('hydrates without an error or warning; the FAQ works and its event reaches a Vue ref', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    page.on('console', (m) => m.type() === 'warning' && problems.push(`warning: ${m.text()}`));
    const offsite: string[] = [];
    page.on('request', (r) => r.url().startsWith(app.url('/')) || offsite.push(r.url()));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
    await page.goto(app.url('/'));
    // Hydrated: Vue's mount (hydrate) marks the container when it is done.
    await page.waitForFunction(() => '__vue_app__' in (document.querySelector('#__nuxt') ?? {}));
    const question = page.locator('knead-faq').getByRole('button', { name: 'Where do I park?' });
    await question.click();
    await expect.poll(() => page.textContent('#last-toggle')).toBe('parking opened');
    expect(await question.getAttribute('aria-expanded')).toBe('true');
    await expect
      .poll(() => page.locator('knead-faq').getByText('Behind the spa, free for guests.').isVisible())
      .toBe(true);
    expect(problems).toEqual([]);
    expect(offsite).toEqual([]);
    await page.close();
  });
});
