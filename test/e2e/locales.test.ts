import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { getContent, type LocaleModule, localeLoaders } from '@knead/content';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, questions, STRICT_CSP, serve, watchProblems } from './harness';

// The built classic script (packages/widgets/dist/knead.js) in the page's language, under
// `default-src 'self'`: it fetches dist/locales/<locale>.json from next to itself.

const TAGS = [
  'knead-benefits',
  'knead-technique-picker',
  'knead-precautions',
  'knead-self-massage',
  'knead-faq',
] as const;
type Tag = (typeof TAGS)[number];
const LOCALES = ['es', 'de', 'fr', 'ar'] as const;
type Locale = (typeof LOCALES)[number];
const FIXTURE = '/test/e2e/fixtures/locale.csp.html';
const SCRIPT = '/packages/widgets/dist/knead.js';

/** The text each widget surely shows, in one locale's content. */
const signature: Record<Tag, (m: LocaleModule) => string> = {
  'knead-benefits': (m) => m.benefits.items[0]!.title,
  'knead-technique-picker': (m) => m.techniques.ui.goalsLegend,
  'knead-precautions': (m) => m.precautions.conditions[0]!.label,
  'knead-self-massage': (m) => m.selfMassage.steps[0]!.title,
  'knead-faq': (m) => m.faq.items[0]!.question,
};
const en = getContent('en') as LocaleModule;
const modules = {} as Record<Locale, LocaleModule>;

let browser: Browser;
let server: Server;
let url: (path: string) => string;

beforeAll(async () => {
  for (const l of LOCALES) modules[l] = await localeLoaders[l]!();
  ({ server, url } = await serve());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

interface Watched {
  violations: string[];
  kneadErrors: { code: string; message: string; tag: string }[];
}
const watched = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Watched;
    return { violations: w.violations, errors: w.kneadErrors };
  });

/** Opens the fixture with `<html lang>` set to `lang`: the served file, its CSP header kept. */
async function open(lang: string): Promise<{ page: Page; problems: string[]; requests: string[] }> {
  const page = await browser.newPage();
  const problems = watchProblems(page);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.route(`**${FIXTURE}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<html lang="es">', `<html lang="${lang}">`);
    await route.fulfill({ response, body });
  });
  const response = await page.goto(url(FIXTURE));
  expect(response!.headers()['content-security-policy']).toBe(STRICT_CSP);
  return { page, problems, requests };
}

/** Resolves once every widget shows content in `lang`. */
const renderedIn = (page: Page, lang: string) =>
  page.waitForFunction(
    ({ tags, lang }) =>
      tags.every((tag) => {
        const root = document.querySelector(tag)?.shadowRoot?.querySelector('.root');
        return root?.getAttribute('lang') === lang && root.textContent !== '';
      }),
    { tags: TAGS, lang },
  );

/** What each widget's shadow root shows: its wrapper's lang and dir, computed direction, text. */
const roots = (page: Page) =>
  page.evaluate(
    (tags) =>
      tags.map((tag) => {
        const root = document.querySelector(tag)!.shadowRoot!.querySelector<HTMLElement>('.root')!;
        const inner = root.firstElementChild ?? root;
        return {
          tag: tag as Tag,
          lang: root.lang,
          dir: root.dir,
          direction: getComputedStyle(inner).direction,
          text: root.textContent ?? '',
        };
      }),
    TAGS,
  );

describe.each(LOCALES)('<html lang="%s"> under a strict CSP', (locale) => {
  it(`renders every widget in ${locale}, with its direction, no CSP violation and no console error`, async () => {
    const { page, problems, requests } = await open(locale);
    await renderedIn(page, locale);
    const rtl = locale === 'ar';
    for (const root of await roots(page)) {
      expect(root.text, root.tag).toContain(signature[root.tag](modules[locale]));
      expect(root.text, root.tag).not.toContain(signature[root.tag](en));
      expect(root, root.tag).toMatchObject({
        lang: locale,
        dir: rtl ? 'rtl' : 'ltr',
        direction: rtl ? 'rtl' : 'ltr',
      });
    }
    expect((await questions(page, 'knead-faq'))[0]).toBe(modules[locale].faq.items[0]!.question);
    // The FAQ's structured data speaks the page's language too.
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld.mainEntity[0].name).toBe(modules[locale].faq.items[0]!.question);
    // One fetch of the locale, next to the script, for all five widgets.
    expect(requests.filter((path) => path.includes('/locales/'))).toEqual([
      `/packages/widgets/dist/locales/${locale}.json`,
    ]);
    expect(await watched(page)).toEqual({ violations: [], errors: [] });
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('the classic script and the page language', () => {
  it('shows nothing until the locale file is there, never English first', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    let release!: () => void;
    const held = new Promise<void>((done) => {
      release = done;
    });
    await page.route('**/dist/locales/es.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url(FIXTURE));
    await page.waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot), TAGS);
    const before = await page.evaluate(
      (tags) => tags.map((tag) => document.querySelector(tag)!.shadowRoot!.textContent),
      TAGS,
    );
    expect(before).toEqual(TAGS.map(() => ''));
    release();
    await renderedIn(page, 'es');
    expect((await questions(page, 'knead-faq'))[0]).toBe(modules.es.faq.items[0]!.question);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('re-renders in German when <html lang> changes from es to de, keeping open, ticked and current state', async () => {
    const { page, problems } = await open('es');
    await renderedIn(page, 'es');
    const faq = page.locator('knead-faq');
    const precautions = page.locator('knead-precautions');
    const stepper = page.locator('knead-self-massage');
    const condition = 3; // pregnancy: the verdict becomes "consult"
    await faq.getByRole('button', { name: modules.es.faq.items[1]!.question }).click();
    await precautions
      .getByRole('checkbox', { name: modules.es.precautions.conditions[condition]!.label })
      .check();
    await stepper.getByRole('button', { name: modules.es.selfMassage.ui.next }).click();
    await expect
      .poll(() => stepper.locator('[aria-current]').textContent())
      .toBe(modules.es.selfMassage.steps[1]!.title);
    await page.evaluate((tags) => {
      for (const tag of tags) (document.querySelector(tag) as unknown as { mark: boolean }).mark = true;
    }, TAGS);

    await page.evaluate(() => {
      document.documentElement.lang = 'de';
    });
    await renderedIn(page, 'de');

    // The same elements, re-rendered: not replaced.
    expect(
      await page.evaluate(
        (tags) => tags.map((tag) => (document.querySelector(tag) as unknown as { mark?: boolean }).mark),
        TAGS,
      ),
    ).toEqual(TAGS.map(() => true));
    const question = faq.getByRole('button', { name: modules.de.faq.items[1]!.question });
    expect(await question.getAttribute('aria-expanded')).toBe('true');
    expect(await faq.getByRole('button', { expanded: true }).count()).toBe(1);
    expect(
      await precautions
        .getByRole('checkbox', { name: modules.de.precautions.conditions[condition]!.label })
        .isChecked(),
    ).toBe(true);
    expect(await page.$eval('knead-precautions', (el) => el.shadowRoot!.textContent)).toContain(
      modules.de.precautions.verdicts.consult.title,
    );
    expect(await stepper.locator('[aria-current]').textContent()).toBe(
      modules.de.selfMassage.steps[1]!.title,
    );
    for (const root of await roots(page)) {
      expect(root.text, root.tag).toContain(signature[root.tag](modules.de));
      expect(root.text, root.tag).not.toContain(signature[root.tag](modules.es));
    }
    expect(await watched(page)).toEqual({ violations: [], errors: [] });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows English, with one knead-error per widget and nothing thrown, when the locale file is missing', async () => {
    // A copy of the classic script in a folder without locales/: its locale fetch gets a 404.
    const copy = '/test/e2e/fixtures/no-locales/knead.js';
    const built = readFileSync(new URL(`../..${SCRIPT}`, import.meta.url), 'utf8');
    const page = await browser.newPage();
    const problems = watchProblems(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.route(`**${copy}`, (route) =>
      route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: built }),
    );
    await page.route(`**${FIXTURE}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(`src="${SCRIPT}"`, `src="${copy}"`);
      expect(body).toContain(copy);
      await route.fulfill({ response, body });
    });
    await page.goto(url(FIXTURE));
    await renderedIn(page, 'en');
    await page.waitForFunction(() => (window as unknown as Watched).kneadErrors.length >= 5);
    // Let any late, duplicate report arrive before counting.
    await page.waitForTimeout(200);

    expect(requests.filter((path) => path.includes('/locales/'))).toEqual([
      '/test/e2e/fixtures/no-locales/locales/es.json',
    ]);
    for (const root of await roots(page)) {
      expect(root, root.tag).toMatchObject({ lang: 'en', dir: 'ltr' });
      expect(root.text, root.tag).toContain(signature[root.tag](en));
    }
    expect((await questions(page, 'knead-faq'))[0]).toBe(en.faq.items[0]!.question);
    const { violations, errors } = await watched(page);
    expect(violations).toEqual([]);
    expect(errors.map((e) => e.tag).sort()).toEqual([...TAGS].sort());
    for (const error of errors) {
      expect(error.code).toBe('locale-load');
      expect(error.message).toMatch(/"es".*404.*"en"/);
    }
    // One console error per widget, the browser's own line for the 404, and nothing thrown.
    expect(problems.filter((p) => p.startsWith('uncaught'))).toEqual([]);
    expect(problems.filter((p) => p.includes('locale "es" failed to load'))).toHaveLength(TAGS.length);
    expect(problems.filter((p) => !p.includes('locale "es" failed to load'))).toEqual([
      expect.stringContaining('404'),
    ]);
    await page.close();
  });
});
