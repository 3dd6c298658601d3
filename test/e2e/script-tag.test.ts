import type { Server } from 'node:http';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, questions, serve, watchProblems } from './harness';

// These run against the built classic script (packages/widgets/dist/knead.js), as a spa owner embeds it.
let browser: Browser;
let server: Server;
let url: (path: string) => string;

beforeAll(async () => {
  ({ server, url } = await serve());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the classic script', () => {
  it('serves the demo page with every widget rendered and no console errors', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(url('/examples/script-tag/'));
    await page.waitForFunction(() =>
      document.querySelector('knead-faq')?.shadowRoot?.querySelector('button'),
    );
    expect(await questions(page, 'knead-faq')).toHaveLength(6);
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works with two copies of the script on one page', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(url('/test/e2e/fixtures/two-copies.html'));
    expect(await questions(page, '#first')).toHaveLength(5);
    expect(await questions(page, '#second')).toHaveLength(5);
    await page.locator('#first').getByRole('button').first().click();
    expect(await page.locator('#first').getByRole('button', { expanded: true }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works under a strict Content-Security-Policy, with every content source', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(url('/test/e2e/fixtures/strict.csp.html'));
    await page.waitForFunction(
      () => (window as unknown as { kneadErrors: unknown[] }).kneadErrors.length > 0,
    );
    await page.waitForFunction(() =>
      document.querySelector('knead-faq')?.shadowRoot?.textContent?.includes('Fetched question?'),
    );
    const texts = await questions(page, 'knead-faq');
    expect(texts.slice(-2)).toEqual(['Fetched question?', 'Inline question?']);
    // Styles applied (constructable stylesheets are allowed by a strict CSP): dark background.
    expect(await page.$eval('knead-faq', (el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(30, 27, 25)',
    );
    const state = await page.evaluate(() => ({
      violations: (window as unknown as { violations: string[] }).violations,
      errors: (window as unknown as { kneadErrors: { code: string; message: string }[] }).kneadErrors,
    }));
    expect(state.violations).toEqual([]);
    expect(state.errors).toEqual([
      expect.objectContaining({ code: 'content-fetch', message: expect.stringContaining('404') }),
    ]);
    expect(await questions(page, '#missing')).toHaveLength(5);
    for (const tag of [
      'knead-benefits',
      'knead-technique-picker',
      'knead-precautions',
      'knead-self-massage',
    ]) {
      const rendered = await page.$eval(tag, (el) => el.shadowRoot?.textContent?.length ?? 0);
      expect(rendered, tag).toBeGreaterThan(100);
    }
    // The one expected problem is the 404's console error; nothing else.
    expect(problems.filter((p) => !p.includes('404') && !p.includes('does-not-exist'))).toEqual([]);
    await page.close();
  });
});
