import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, watchProblems } from './harness';
import { type App, expectPrerenderedPage, startApp } from './ssr-servers';

// examples/next (built by the root build: `next build`), served by `next start` on a loopback port.
// The page is a server component that renders @knead/react's client components.

let app: App;
let browser: Browser;

beforeAll(async () => {
  app = await startApp('examples/next', (port) => [
    'node_modules/next/dist/bin/next',
    'start',
    '-p',
    String(port),
    '-H',
    '127.0.0.1',
  ]);
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('examples/next: server rendering with @knead/react', () => {
  it('has the FAQ answers and the benefits in the HTML response, with the stylesheets served by the app', () =>
    expectPrerenderedPage(app));

  it('hydrates without an error or warning; the FAQ works and its event reaches React state', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    page.on('console', (m) => m.type() === 'warning' && problems.push(`warning: ${m.text()}`));
    const offsite: string[] = [];
    page.on('request', (r) => r.url().startsWith(app.url('/')) || offsite.push(r.url()));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
    await page.goto(app.url('/'));
    // Hydrated: React has attached its fiber to the server's element.
    await page.waitForFunction(() => {
      const faq = document.querySelector('knead-faq');
      return !!faq && Object.keys(faq).some((key) => key.startsWith('__reactFiber'));
    });
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
