import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLASSIC,
  html,
  launchChromium,
  open,
  rendered,
  startServer,
  state,
  type TestServer,
  TRUSTED_TYPES_CSP,
  WIDGETS,
} from './harness';

// Trusted Types (issue 13): the demo page and every widget work under
// `default-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'` with 0 violations.
// The one feature that needs a policy is FAQ structured data (a <script>'s text is a sink, even for
// JSON-LD): it uses the policy `knead` and is tested with exactly `trusted-types knead` allowed.

const KNEAD_POLICY_CSP = "default-src 'self'; require-trusted-types-for 'script'; trusted-types knead";

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  server.route('/h/content.json', (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        faq: { items: [{ id: 'fetched', question: 'Fetched question?', answer: 'Yes.' }] },
      }),
    ),
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Visits every widget: opens, ticks, searches, steps and books, in the language shown. */
async function interact(page: Page) {
  for (const faq of await page.locator('knead-faq').all()) {
    for (const q of await faq.locator('button[aria-expanded]').all()) await q.click();
    const search = faq.locator('input[type=search]');
    if (await search.count()) await search.fill('e');
  }
  for (const el of await page.locator('knead-technique-picker, knead-precautions').all())
    for (const box of (await el.locator('input[type=checkbox]').all()).slice(0, 3)) await box.check();
  for (const el of await page.locator('knead-benefits').all())
    for (const b of (await el.locator('button[aria-expanded]').all()).slice(0, 2)) await b.click();
  for (const el of await page.locator('knead-self-massage').all()) {
    for (let i = 0; i < 5; i++) {
      const next = el.locator('button.next, button[part~="next"]');
      if (!(await next.count())) break;
      await next.first().click();
    }
  }
  // Booking links are links: follow none, just check they are there.
  await page.locator('knead-technique-picker a').first().getAttribute('href');
}

async function check(page: Page, problems: string[], consoleErrors: string[]) {
  const { violations } = await state(page);
  const tt = consoleErrors.filter((e) => /Trusted|Content Security Policy/i.test(e));
  return { violations, tt, problems };
}

describe('Trusted Types', () => {
  it("every widget, every content source, locale switches and interaction: 0 violations under trusted-types 'none'", async () => {
    const body =
      `<knead-faq searchable multiple content-src="/h/content.json">` +
      `<script type="application/json">{"faq":{"items":[{"id":"inline","question":"Inline question?","answer":"Yes."}]}}</script></knead-faq>` +
      '<knead-benefits expandable intro layout="grid"></knead-benefits>' +
      '<knead-technique-picker group="g" booking-url="/book/{technique}"></knead-technique-picker>' +
      '<knead-precautions group="g"></knead-precautions>' +
      '<knead-self-massage step-seconds="5"></knead-self-massage>' +
      `<script src="${CLASSIC}"></script>`;
    server.page('/h/tt-none.html', html(body), TRUSTED_TYPES_CSP);
    const { page, w } = await open(browser);
    await page.goto(server.url('/h/tt-none.html'));
    await rendered(page);
    await page.waitForFunction(() =>
      document.querySelector('knead-faq')!.shadowRoot!.textContent!.includes('Fetched question?'),
    );
    await page.evaluate(() => {
      (document.querySelector('knead-faq') as HTMLElement & { content: unknown }).content = {
        faq: { items: [{ id: 'prop', question: 'Property question?', answer: 'Yes.' }] },
      };
    });
    await interact(page);
    let interactions = 1;
    for (const lang of ['ar', 'es', 'en']) {
      await page.evaluate((lang) => document.documentElement.setAttribute('lang', lang), lang);
      await page.waitForFunction(
        (lang) =>
          [...document.querySelectorAll('knead-faq')].every(
            (el) => el.shadowRoot!.querySelector('.root')!.getAttribute('lang') === lang,
          ),
        lang,
      );
      await interact(page);
      interactions++;
    }
    const text = await page.$eval('knead-faq', (el) => el.shadowRoot!.textContent!);
    expect(text).toContain('Inline question?');
    expect(text).toContain('Property question?');
    const result = await check(page, w.problems, w.consoleErrors);
    console.log(
      `trusted types: ${WIDGETS.length} widgets × 3 content sources × ${interactions} languages with interaction under "${TRUSTED_TYPES_CSP}": ${result.violations.length} violations, ${result.problems.length} uncaught errors`,
    );
    expect(result).toEqual({ violations: [], tt: [], problems: [] });
    await page.context().close();
  });

  it('the demo page, with its FAQ structured data, under exactly trusted-types knead', async () => {
    const { page, w } = await open(browser);
    await page.route('**/examples/script-tag/**', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': KNEAD_POLICY_CSP },
      });
    });
    await page.goto(server.url('/examples/script-tag/'));
    await rendered(page);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld['@type']).toBe('FAQPage');
    expect(ld.mainEntity.map((q: { name: string }) => q.name)).toContain('How do I book at Stillwater?');
    await interact(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await page.waitForFunction(
      () =>
        document.querySelector('knead-faq')!.shadowRoot!.querySelector('.root')!.getAttribute('lang') ===
        'ar',
    );
    await interact(page);
    const arLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(arLd.mainEntity.map((q: { name: string }) => q.name)).toContain('كيف يمكن الحجز في Stillwater؟');
    const result = await check(page, w.problems, w.consoleErrors);
    console.log(
      `trusted types: the demo page (5 widgets, en and ar, structured data) under "${KNEAD_POLICY_CSP}": ${result.violations.length} violations, ${result.problems.length} uncaught errors`,
    );
    expect(result).toEqual({ violations: [], tt: [], problems: [] });
    await page.context().close();
  });

  it('structured data from two copies of Knead shares the one knead policy; without it, no block and no exception', async () => {
    const body = `<script src="${CLASSIC}"></script><knead-faq id="a" structured-data></knead-faq><script src="${CLASSIC}?copy"></script><knead-faq id="b" structured-data open="athletes"></knead-faq>`;
    server.page('/h/tt-knead.html', html(body), KNEAD_POLICY_CSP);
    server.page('/h/tt-none-ld.html', html(body), TRUSTED_TYPES_CSP);
    const allowed = await open(browser);
    await allowed.page.goto(server.url('/h/tt-knead.html'));
    await rendered(allowed.page);
    await allowed.page.locator('#a button[aria-expanded]').first().click();
    expect(await allowed.page.locator('script[type="application/ld+json"]').count()).toBe(1);
    expect(await check(allowed.page, allowed.w.problems, allowed.w.consoleErrors)).toEqual({
      violations: [],
      tt: [],
      problems: [],
    });
    await allowed.page.context().close();

    const refused = await open(browser);
    await refused.page.goto(server.url('/h/tt-none-ld.html'));
    await rendered(refused.page);
    await refused.page.locator('#b button[aria-expanded]').first().click();
    expect(await refused.page.locator('script[type="application/ld+json"]').count()).toBe(0);
    const r = await check(refused.page, refused.w.problems, refused.w.consoleErrors);
    // The CSP's own report of the refused policy, once: it is what tells the site owner to allow `knead`.
    expect(r.violations).toEqual([expect.stringMatching(/^trusted-types .*knead/)]);
    expect(r.problems).toEqual([]);
    await refused.page.context().close();
  });
});
