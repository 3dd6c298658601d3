import type { Server } from 'node:http';
import { faqByLocale, localeLoaders } from '@knead/content';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, questions, STRICT_CSP, serve, watchProblems } from './harness';

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

  it('opens the demo page in the language of ?lang=, and its switch changes the page and every widget, under a strict CSP', async () => {
    const [ar, es] = await Promise.all([localeLoaders.ar!(), localeLoaders.es!()]);
    const page = await browser.newPage();
    // Console errors include any CSP violation ("… violates the following Content Security Policy directive").
    const problems = watchProblems(page);
    await page.route('**/examples/script-tag/**', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': STRICT_CSP },
      });
    });
    await page.goto(url('/examples/script-tag/?lang=ar'));
    const shown = (lang: string) =>
      page.waitForFunction(
        (lang) =>
          [
            ...document.querySelectorAll(
              'knead-benefits, knead-technique-picker, knead-precautions, knead-self-massage, knead-faq',
            ),
          ].every((el) => el.shadowRoot?.querySelector('.root')?.getAttribute('lang') === lang),
        lang,
      );
    await shown('ar');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    const select = page.getByRole('combobox', { name: 'اللغة' });
    expect(await select.inputValue()).toBe('ar');
    expect(await page.locator('h1').textContent()).not.toContain('Let your back');
    expect((await questions(page, 'knead-faq'))[0]).toBe(ar.faq.items[0]!.question);

    await select.selectOption('es');
    await shown('es');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'es',
      'ltr',
    ]);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
    const texts = await questions(page, 'knead-faq');
    // The built-in questions in Spanish, and the page's own question from its inline `locales.es` entry.
    expect(texts).toEqual([...es.faq.items.map((item) => item.question), '¿Cómo reservo en Stillwater?']);
    expect(await page.getByRole('combobox', { name: 'Idioma' }).inputValue()).toBe('es');

    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await shown('en');
    expect(new URL(page.url()).searchParams.has('lang')).toBe(false);
    expect((await questions(page, 'knead-faq'))[0]).toBe(faqByLocale.en!.items[0]!.question);
    expect(await page.locator('h1').textContent()).toBe('Let your back finally let go.');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws the FAQ chevron in forced colours (high contrast), pointing down when closed and up when open', async () => {
    const page = await browser.newPage({ forcedColors: 'active' });
    await page.goto(url('/examples/script-tag/'));
    await page.waitForFunction(() =>
      document.querySelector('knead-faq')?.shadowRoot?.querySelector('button'),
    );
    await page.locator('knead-faq button.q').nth(1).click();
    // The chevron is a border triangle: exactly one of its two block borders has a colour.
    const chevrons = await page.$eval('knead-faq', (el) =>
      [...el.shadowRoot!.querySelectorAll('button.q')].slice(0, 2).map((button) => {
        const style = getComputedStyle(button, '::before');
        const painted = (color: string) => color !== 'rgba(0, 0, 0, 0)';
        return [painted(style.borderTopColor), painted(style.borderBottomColor)];
      }),
    );
    expect(chevrons).toEqual([
      [true, false],
      [false, true],
    ]);
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
