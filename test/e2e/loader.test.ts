import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, questions, serve, watchProblems } from './harness';

// The built loader (packages/widgets/dist/knead-loader.js): it imports a widget's module from
// dist/loader/ when the page shows that widget's tag, as late as each element's `loading` allows.

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

/** A page that records every script it fetches (file names under dist/loader/, and the loader). */
async function open(path: string): Promise<{ page: Page; problems: string[]; scripts: string[] }> {
  const page = await browser.newPage();
  const problems = watchProblems(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.replace(/.*\/dist\//, ''));
  });
  await page.goto(url(path));
  return { page, problems, scripts };
}

const rendered = (page: Page, selector: string) =>
  page.waitForFunction((s) => {
    const host =
      document.querySelector(s) ?? document.querySelector('spa-card')?.shadowRoot?.querySelector(s);
    return (host?.shadowRoot?.textContent?.length ?? 0) > 0;
  }, selector);

const loaded = (scripts: string[]) => scripts.filter((s) => s.startsWith('loader/')).sort();

describe('knead-loader.js', () => {
  it('loads each widget when its element asks, under a strict CSP', async () => {
    const { page, problems, scripts } = await open('/test/e2e/fixtures/loader.csp.html');
    await rendered(page, 'knead-faq');
    expect(await questions(page, 'knead-faq')).toHaveLength(5);
    // `idle` waits for the browser to be idle; the shadow-root element (eager) is found inside spa-card.
    await rendered(page, 'knead-precautions');
    await rendered(page, 'knead-self-massage');
    // The two `visible` widgets sit below a 4000 px block: not loaded until the visitor scrolls.
    expect(loaded(scripts)).toEqual([
      'loader/faq.js',
      'loader/preact.js',
      'loader/precautions.js',
      'loader/runtime.js',
      'loader/self-massage.js',
    ]);
    expect(await page.$eval('knead-benefits', (el) => el.matches(':defined'))).toBe(false);
    await page.locator('knead-benefits').scrollIntoViewIfNeeded();
    await rendered(page, 'knead-benefits');
    await rendered(page, 'knead-technique-picker');
    expect(loaded(scripts)).toEqual([
      'loader/benefits.js',
      'loader/faq.js',
      'loader/preact.js',
      'loader/precautions.js',
      'loader/runtime.js',
      'loader/self-massage.js',
      'loader/technique-picker.js',
    ]);
    // One shared runtime and one Preact: each fetched once for all five.
    expect(scripts.filter((s) => s === 'loader/runtime.js')).toHaveLength(1);
    expect(scripts.filter((s) => s === 'loader/preact.js')).toHaveLength(1);
    // The widgets work: search filters the FAQ.
    await page.locator('knead-faq').getByRole('searchbox').fill('pregnan');
    expect(await questions(page, 'knead-faq')).toHaveLength(1);
    const state = await page.evaluate(() => ({
      violations: (window as unknown as { violations: string[] }).violations,
      errors: (window as unknown as { kneadErrors: unknown[] }).kneadErrors,
    }));
    expect(state).toEqual({ violations: [], errors: [] });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('fetches no Preact for a page that shows only FAQs', async () => {
    const dir = 'node_modules/.cache/e2e-loader-faq-only';
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      `${dir}/index.html`,
      `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><script src="/packages/widgets/dist/knead-loader.js"></script></head>
<body><knead-faq></knead-faq><knead-faq searchable></knead-faq></body></html>`,
    );
    const { page, problems, scripts } = await open(`/${dir}/index.html`);
    await rendered(page, 'knead-faq');
    expect(await questions(page, 'knead-faq')).toHaveLength(5);
    expect(loaded(scripts)).toEqual(['loader/faq.js', 'loader/runtime.js']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('defines elements added later, in the document', async () => {
    const { page, problems, scripts } = await open('/test/e2e/fixtures/loader.csp.html');
    await rendered(page, 'knead-faq');
    await page.evaluate(() => {
      const box = document.createElement('div');
      box.append(document.createElement('knead-benefits'));
      document.body.prepend(box); // above the fold; its own `loading` is eager
    });
    await page.waitForFunction(() => customElements.get('knead-benefits'));
    expect(loaded(scripts)).toContain('loader/benefits.js');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('loads a locale with the widget, and shares the page with knead.js and a second loader', async () => {
    const { page, problems } = await open('/test/e2e/fixtures/loader-and-classic.html');
    await rendered(page, '#second');
    await page.waitForFunction(() =>
      document.querySelector('#first')?.shadowRoot?.textContent?.includes('embarazo'),
    );
    expect(await questions(page, '#first')).toHaveLength(5);
    await rendered(page, 'knead-benefits');
    await page.locator('#first').getByRole('button').first().click();
    expect(await page.locator('#first').getByRole('button', { expanded: true }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reports a widget that cannot be loaded, once, and leaves the page working', async () => {
    // A copy of the loader with no dist/loader/ folder beside it.
    const dir = 'node_modules/.cache/e2e-loader-missing';
    mkdirSync(dir, { recursive: true });
    copyFileSync('packages/widgets/dist/knead-loader.js', `${dir}/knead-loader.js`);
    writeFileSync(
      `${dir}/index.html`,
      `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><script src="knead-loader.js"></script></head>
<body><knead-faq></knead-faq><p id="after">still here</p></body></html>`,
    );
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));
    await page.exposeFunction('reported', (detail: string) => errors.push(`event ${detail}`));
    await page.addInitScript(() =>
      document.addEventListener('knead-error', (e) =>
        (window as unknown as { reported(d: string): void }).reported(
          (e as CustomEvent<{ code: string }>).detail.code,
        ),
      ),
    );
    await page.goto(url(`/${dir}/index.html`));
    await expect.poll(() => errors.filter((e) => e.startsWith('event')).length).toBe(1);
    expect(errors).toContain('event widget-load');
    expect(errors.some((e) => e.includes('<knead-faq> could not load') && e.includes('loader/faq.js'))).toBe(
      true,
    );
    expect(uncaught).toEqual([]);
    expect(await page.textContent('#after')).toBe('still here');
    await page.close();
  });
});
