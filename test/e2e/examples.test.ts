import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import {
  benefitsByLocale,
  precautionsByLocale,
  selfMassageByLocale,
  techniquesByLocale,
} from '@knead/content';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, questions, serve, watchProblems } from './harness';

// The built example sites (examples/*/dist), as a visitor gets them, in Chromium. One suite, every
// framework: each page has the same controls (#theme, #location, #toggle, #reset) and event log.
const TAGS = [
  'knead-benefits',
  'knead-technique-picker',
  'knead-precautions',
  'knead-self-massage',
  'knead-faq',
] as const;
const root = new URL('../../', import.meta.url);
const sites = [
  { name: 'React 19 with @knead/react', dir: 'react', page: 'index' },
  { name: 'React 19 with the bare elements', dir: 'react', page: 'bare' },
  { name: 'React 18 with @knead/react', dir: 'react-18', page: 'index' },
  { name: 'Vue 3 with the bare elements and v-model', dir: 'vue', page: 'index' },
] as const;

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

/** Every widget rendered its shadow root. */
const rendered = (page: Page) =>
  page.waitForFunction(
    (tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part=base]')),
    TAGS,
  );

/** The lines of the page's event log. */
const logged = (page: Page) => page.locator('#events li').allTextContents();

/** How many elements of each Knead class are alive on the page, after a full garbage collection. */
async function liveElements(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  let total = 0;
  for (const tag of TAGS) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `customElements.get('${tag}').prototype`,
    });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId! });
    const count = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId!,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    total += count.result.value as number;
  }
  await cdp.detach();
  return total;
}

describe.each(sites)('$name', ({ name: site, dir, page: name }) => {
  const path = `/examples/${dir}/dist/${name === 'index' ? '' : `${name}.html`}`;

  async function open(): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(url(path));
    await rendered(page);
    return { page, problems };
  }

  it('renders all five widgets, with no console errors', async () => {
    const { page, problems } = await open();
    // The React 18 site renders the React 19 site's page: make sure it really runs on React 18.
    const framework = /React \d+|Vue \d+/.exec(site)![0];
    expect(await page.locator('h1').textContent()).toContain(framework);
    for (const tag of TAGS) expect(await page.locator(`${tag} [part=base]`).count()).toBe(1);
    expect(await page.locator('knead-benefits [part=item]').count()).toBe(benefitsByLocale.en!.items.length);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('passes the content object to <knead-faq> as a property, never as an attribute', async () => {
    const { page, problems } = await open();
    const faq = await page.$eval('knead-faq', (el) => ({
      type: typeof (el as unknown as { content: unknown }).content,
      attribute: el.getAttribute('content'),
    }));
    expect(faq).toEqual({ type: 'object', attribute: null });
    expect((await questions(page, 'knead-faq'))[0]).toBe('Where do I park at Stillwater Harbour?');
    expect(await page.content()).not.toContain('[object Object]');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('updates the same elements when props change: theme attribute and content object', async () => {
    const { page, problems } = await open();
    await page.evaluate((tags) => {
      for (const tag of tags) (document.querySelector(tag) as unknown as { mark: boolean }).mark = true;
    }, TAGS);
    await page.locator('#theme').check();
    await page.locator('#location').selectOption('garden');
    await page.waitForFunction(() =>
      document.querySelector('knead-faq')?.shadowRoot?.textContent?.includes('Stillwater Garden'),
    );
    const after = await page.evaluate(
      (tags) =>
        tags.map((tag) => {
          const el = document.querySelector(tag)!;
          return [
            (el as unknown as { mark?: boolean }).mark,
            el.getAttribute('theme'),
            getComputedStyle(el).colorScheme,
          ];
        }),
      TAGS,
    );
    expect(after).toEqual(TAGS.map(() => [true, 'dark', 'dark']));
    expect((await questions(page, 'knead-faq'))[0]).toBe('Where do I park at Stillwater Garden?');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('delivers every widget event to the framework handler with its detail', async () => {
    const { page, problems } = await open();
    const benefit = benefitsByLocale.en!.items[0]!.id;
    const technique = techniquesByLocale.en!.items[0]!;
    const pregnancy = precautionsByLocale.en!.conditions.find((c) => c.id === 'pregnancy')!;
    const step = selfMassageByLocale.en!.steps[1]!.id;

    await page
      .locator('knead-faq')
      .getByRole('button', { name: 'Where do I park at Stillwater Harbour?' })
      .click();
    await page.locator('knead-benefits [part=toggle]').first().click();
    await page.locator('knead-technique-picker [part=choose]').first().click();
    await page.locator('knead-technique-picker [part=book]').first().click();
    await page.locator('knead-precautions').getByRole('checkbox', { name: pregnancy.label }).check();
    await page.locator('knead-self-massage [part=nav] button').last().click();

    await expect.poll(() => logged(page)).toHaveLength(7);
    // The picker's select and the checker's verdict that the group causes may arrive in either order.
    expect((await logged(page)).sort()).toEqual(
      [
        'knead-faq-toggle {"id":"parking","open":true}',
        `knead-benefit-toggle {"id":"${benefit}","open":true}`,
        `knead-technique-select {"techniqueId":"${technique.id}","goals":[],"pressure":"any"}`,
        // The picker and the checker share group="visit": the chosen technique reaches the checker.
        `knead-verdict {"verdict":"ok","conditions":[],"techniqueId":"${technique.id}"}`,
        `knead-book {"techniqueId":"${technique.id}","url":"#book-${technique.id}"}`,
        `knead-verdict {"verdict":"consult","conditions":["pregnancy"],"techniqueId":"${technique.id}"}`,
        `knead-step-change {"index":1,"stepId":"${step}"}`,
      ].sort(),
    );
    // The handler cancelled knead-book: no navigation.
    expect(new URL(page.url()).hash).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('binds `value` both ways: the visitor’s changes reach the page, the page’s reset reaches the widgets', async () => {
    const { page, problems } = await open();
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { inputs: string[] }).inputs = seen;
      document.addEventListener('input', (e) => {
        const el = e.target as HTMLElement;
        if (el.localName.startsWith('knead-'))
          seen.push(`${el.localName} ${JSON.stringify((el as HTMLInputElement).value)}`);
      });
    });
    const picker = page.locator('knead-technique-picker');
    await picker.getByRole('checkbox', { name: 'Relaxation' }).check();
    await picker.getByRole('radio', { name: 'Firm' }).check();
    await page.locator('knead-precautions').getByRole('checkbox', { name: 'Pregnancy' }).check();
    await expect.poll(() => page.locator('#answers').textContent()).toBe('{"conditions":["pregnancy"]}');
    expect(await page.locator('#choices').textContent()).toBe('{"goals":["relaxation"],"pressure":"firm"}');
    // Exactly one `input` per change, with `value` already updated when it arrives.
    expect(await page.evaluate(() => (window as unknown as { inputs: string[] }).inputs)).toEqual([
      'knead-technique-picker {"goals":["relaxation"],"pressure":"any"}',
      'knead-technique-picker {"goals":["relaxation"],"pressure":"firm"}',
      'knead-precautions {"conditions":["pregnancy"]}',
    ]);

    await page.locator('#reset').click();
    await expect.poll(() => page.locator('#choices').textContent()).toBe('{"goals":[],"pressure":"any"}');
    expect(await picker.getByRole('checkbox', { name: 'Relaxation' }).isChecked()).toBe(false);
    expect(await picker.getByRole('radio', { name: 'No preference' }).isChecked()).toBe(true);
    expect(
      await page.locator('knead-precautions').getByRole('checkbox', { name: 'Pregnancy' }).isChecked(),
    ).toBe(false);
    expect(await page.$eval('knead-technique-picker', (el) => el.value)).toEqual({
      goals: [],
      pressure: 'any',
    });
    // Setting `value` is silent: no more input events, no verdict.
    expect(await page.evaluate(() => (window as unknown as { inputs: string[] }).inputs)).toHaveLength(3);
    expect((await logged(page)).filter((line) => line.startsWith('knead-verdict'))).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('leaks no element and no page-level listener after mounting and unmounting 100 times', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    // Counts the listeners on window and document (a widget that forgot one would keep itself alive).
    await page.addInitScript(() => {
      const live = new Map<EventTarget, Set<string>>([
        [window, new Set()],
        [document, new Set()],
      ]);
      const ids = new WeakMap<object, number>();
      const key = (type: string, fn: unknown, options?: boolean | EventListenerOptions) => {
        if (!ids.has(fn as object)) ids.set(fn as object, ids.size + Math.random());
        return `${type} ${ids.get(fn as object)} ${typeof options === 'boolean' ? options : !!options?.capture}`;
      };
      const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
      EventTarget.prototype.addEventListener = function (type, fn, options) {
        live.get(this)?.add(key(type, fn, options));
        return add.call(this, type, fn, options);
      };
      EventTarget.prototype.removeEventListener = function (type, fn, options) {
        live.get(this)?.delete(key(type, fn, options));
        return remove.call(this, type, fn, options);
      };
      (window as unknown as { listeners: () => number }).listeners = () =>
        [...live.values()].reduce((sum, set) => sum + set.size, 0);
    });
    await page.goto(url(path));
    await rendered(page);
    const listeners = () =>
      page.evaluate(() => (window as unknown as { listeners: () => number }).listeners());
    const before = { listeners: await listeners(), elements: await liveElements(page) };
    expect(before.elements).toBe(TAGS.length);

    await page.evaluate(async () => {
      const toggle = document.getElementById('toggle')!;
      const settle = () => new Promise((done) => setTimeout(done));
      for (let i = 0; i < 100; i++) {
        toggle.click(); // unmount
        await settle();
        toggle.click(); // mount
        await settle();
      }
    });
    await rendered(page);
    expect(await page.locator('knead-faq').count()).toBe(1);
    // 500 elements were created; only the five on the page (and at most one set the framework still
    // holds on to) may remain.
    expect(await liveElements(page)).toBeLessThanOrEqual(2 * TAGS.length);
    expect((await listeners()) - before.listeners).toBeLessThanOrEqual(2);
    expect(problems).toEqual([]);
    await page.close();
  });

  if (dir !== 'vue') {
    it('hydrates the server-rendered page without a warning, reusing and upgrading every element', async () => {
      const { render } = (await import(`../../examples/${dir}/dist/server/entry-server.js`)) as {
        render: (page: string) => string;
      };
      const html = render(name);
      for (const tag of TAGS) expect(html).toContain(`<${tag} `);
      // The server's elements are marked before the app's module script runs: hydration must keep them.
      const mark = `<script>for (const el of document.querySelectorAll('${TAGS.join(',')}')) el.ssr = true;</script>`;
      const template = readFileSync(new URL(`examples/${dir}/dist/${name}.html`, root), 'utf8');
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      await page.route(url(`${path}?ssr`), (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: template.replace('<div id="root"></div>', `<div id="root">${html}</div>${mark}`),
        }),
      );
      await page.goto(url(`${path}?ssr`));
      await rendered(page);
      const kept = await page.evaluate(
        (tags) => tags.map((tag) => (document.querySelector(tag) as unknown as { ssr?: boolean }).ssr),
        TAGS,
      );
      expect(kept).toEqual(TAGS.map(() => true));
      const faq = page.locator('knead-faq');
      if (name === 'bare') {
        // React 19 sets neither properties nor `on…` listeners of custom elements while hydrating
        // (facebook/react#35446), which is why the README points server-rendered apps to @knead/react.
        // This fails once React fixes it: then the README's note can go.
        expect(await faq.evaluate((el) => (el as unknown as { content?: object }).content)).toBeUndefined();
      } else {
        await faq.getByRole('button', { name: 'Where do I park at Stillwater Harbour?' }).click();
        await expect.poll(() => logged(page)).toEqual(['knead-faq-toggle {"id":"parking","open":true}']);
      }
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});
