import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium, STRICT_CSP, serve, watchProblems } from '../../../test/e2e/harness';

// The built studio (apps/studio/dist), driven as a person would: clicks and keys. Every snippet it
// copies is then pasted into a fresh blank page that loads the classic script, as a spa owner would.

const dist = new URL('../dist/index.html', import.meta.url).pathname;
const LOCAL_SCRIPT = '/packages/widgets/dist/knead.js';
const GREEN = '#2e7d32';

let browser: Browser;
let server: Server;
let url: (path: string) => string;

beforeAll(async () => {
  // CI builds everything first; a direct `vitest --project studio` after a change builds it here.
  if (!existsSync(dist))
    spawnSync('npx', ['vite', 'build'], { cwd: new URL('..', import.meta.url).pathname, stdio: 'inherit' });
  ({ server, url } = await serve());
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A fresh context (clipboard allowed) with the studio open; `requests` lists every request after load. */
async function open(hash = '', options: { bypassCSP?: boolean } = {}) {
  const context = await browser.newContext({
    permissions: ['clipboard-read', 'clipboard-write'],
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url(`/apps/studio/dist/${hash}`));
  await page.waitForLoadState('networkidle');
  await page.locator('#pick-widget').waitFor();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  return { context, page, problems, requests };
}

/** A field's DOM id, as the form makes it from the validator's path. */
const fieldId = (path: string) => `#f-${path.replace(/[^\w-]+/g, '_')}`;

/** Types into a field as a person does: click, select all, type. */
async function type(page: Page, selector: string, text: string) {
  await page.click(selector);
  await page.keyboard.press('ControlOrMeta+A');
  if (text) await page.keyboard.type(text);
  else await page.keyboard.press('Delete');
}

/** Chooses an option of a select with the keyboard (focus, then arrows until it shows `value`). */
async function choose(page: Page, selector: string, value: string) {
  const select = page.locator(selector);
  const values = await select.evaluate((s: HTMLSelectElement) => [...s.options].map((o) => o.value));
  const from = values.indexOf(await select.inputValue());
  const to = values.indexOf(value);
  expect(to, `${value} in ${selector}`).toBeGreaterThanOrEqual(0);
  await select.focus();
  for (let i = from; i !== to; i += Math.sign(to - from))
    await page.keyboard.press(to > from ? 'ArrowDown' : 'ArrowUp');
  await expect.poll(() => select.inputValue()).toBe(value);
}

const tab = (page: Page, id: string) => page.click(`#tab-${id}`);

/** Text of the preview element's shadow root. */
const previewText = (page: Page) => page.$eval('#preview-widget', (el) => el.shadowRoot?.textContent ?? '');
/** The accent colour a widget's own token resolves to. */
const accentOf = (page: Page, selector: string) =>
  page.$eval(selector, (el) => getComputedStyle(el).getPropertyValue('--_accent').trim());

async function copySnippet(page: Page, which: 'simple' | 'strict' = 'simple') {
  await tab(page, 'code');
  await page.locator(`#snippet-${which}`).locator('xpath=..').getByRole('button', { name: 'Copy' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('<knead-');
  return page.evaluate(() => navigator.clipboard.readText());
}

/**
 * Loads `snippet` as the body of a blank page served by the same server (so knead.js is found), with
 * `files` served next to it and, when `csp` is set, a strict Content-Security-Policy.
 */
async function blankPage(
  context: BrowserContext,
  snippet: string,
  tag: string,
  { csp = false, files = {} as Record<string, { type: string; body: string }> } = {},
) {
  const page = await context.newPage();
  const problems = watchProblems(page);
  page.on('console', (m) => m.text().includes('Content-Security-Policy') && problems.push(m.text()));
  const address = url('/apps/studio/test/blank.html');
  await page.route(address, (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: csp ? { 'content-security-policy': STRICT_CSP } : {},
      body: `<!doctype html><html><head><meta charset="utf-8"><title>Blank</title></head><body>\n${snippet}</body></html>`,
    }),
  );
  for (const [path, file] of Object.entries(files))
    await page.route(url(path), (route) => route.fulfill({ contentType: file.type, body: file.body }));
  await page.goto(address);
  await page.waitForFunction((t) => !!document.querySelector(t)?.shadowRoot?.textContent, tag);
  return { page, problems };
}

/** Pastes `snippet` into "Continue from an existing snippet" and imports it. */
async function importSnippet(page: Page, snippet: string) {
  await tab(page, 'code');
  await page.click('#import-text');
  await page.keyboard.insertText(snippet);
  await page.getByRole('button', { name: 'Import' }).click();
}

/** Clicks a download button and returns the file's text. */
async function downloaded(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

// One list item per widget: the text a visitor sees first, and where the form keeps it.
const CASES = [
  { tag: 'knead-faq', path: 'faq.items[0].question', text: '¿Cómo reservo una cita?', locale: 'es' },
  { tag: 'knead-benefits', path: 'benefits.items[0].title', text: 'Deep calm', locale: 'en' },
  {
    tag: 'knead-technique-picker',
    path: 'techniques.items[0].name',
    text: 'Signature Swedish',
    locale: 'en',
  },
  {
    tag: 'knead-precautions',
    path: 'precautions.conditions[0].label',
    text: 'A recent fracture',
    locale: 'en',
  },
  {
    tag: 'knead-self-massage',
    path: 'selfMassage.steps[0].title',
    text: 'Sit tall and breathe',
    locale: 'en',
  },
];

describe('Knead Studio (built) in Chromium', () => {
  test('every widget: change a text and the accent → the preview changes → the copied snippet renders the same in a blank page (and the strict one under a CSP)', async () => {
    const { context, page, problems } = await open();
    await tab(page, 'code');
    await type(page, '#script-src', LOCAL_SCRIPT);
    for (const c of CASES) {
      await choose(page, '#pick-widget', c.tag);
      await choose(page, '#pick-locale', c.locale);
      await tab(page, 'words');
      await page.click(`${fieldId(c.path.replace(/\.[^.]+$/, ''))}-s`); // open the item
      await type(page, fieldId(c.path), c.text);
      await expect.poll(() => previewText(page)).toContain(c.text);
      await tab(page, 'look');
      await type(page, '#c-accent', GREEN);
      await expect.poll(() => accentOf(page, '#preview-widget')).toBe(GREEN);

      const snippet = await copySnippet(page);
      expect(snippet).toContain(`<script src="${LOCAL_SCRIPT}"></script>`);
      expect(snippet).toContain(`locale="${c.locale}"`);
      const blank = await blankPage(context, snippet, c.tag);
      await expect.poll(() => blank.page.$eval(c.tag, (el) => el.shadowRoot!.textContent)).toContain(c.text);
      expect(await accentOf(blank.page, c.tag)).toBe(GREEN);
      expect(blank.problems).toEqual([]);
      await blank.page.close();

      if (c.tag !== 'knead-faq') continue;
      // The strict variant: its two downloaded files hosted on the site, under default-src 'self'.
      const strict = await copySnippet(page, 'strict');
      expect(strict).not.toMatch(/style=|<script type/);
      const files = {
        '/knead/knead-faq.json': {
          type: 'application/json',
          body: await downloaded(page, 'Download knead-faq.json'),
        },
        '/knead/knead-faq.css': { type: 'text/css', body: await downloaded(page, 'Download knead-faq.css') },
      };
      const hosted = await blankPage(context, strict, c.tag, { csp: true, files });
      await expect.poll(() => hosted.page.$eval(c.tag, (el) => el.shadowRoot!.textContent)).toContain(c.text);
      expect(await accentOf(hosted.page, c.tag)).toBe(GREEN);
      expect(hosted.problems).toEqual([]);
      await hosted.page.close();
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test('an emptied required field shows its error next to it and the snippet keeps the last valid words', async () => {
    const { context, page } = await open();
    await page.click(`${fieldId('faq.items[1]')}-s`);
    await type(page, fieldId('faq.items[1].question'), 'How often should I come?');
    await type(page, fieldId('faq.items[1].answer'), '');
    const error = page.locator(`${fieldId('faq.items[1].answer')}-err`);
    await expect.poll(() => error.textContent()).toContain('faq.items[1].answer');
    expect(await page.getAttribute(fieldId('faq.items[1].answer'), 'aria-invalid')).toBe('true');
    const json = (await copySnippet(page)).match(
      /<script type="application\/json">([\s\S]*?)<\/script>/,
    )![1]!;
    const item = JSON.parse(json).faq.items[0];
    expect(item.question).toBe('How often should I come?');
    expect(item).not.toHaveProperty('answer');
    // Restoring the built-in words can be undone.
    await tab(page, 'words');
    await page.getByRole('button', { name: 'Restore the built-in words' }).click();
    await expect.poll(() => page.locator('.problems').count()).toBe(0);
    await page.getByRole('button', { name: 'Undo: bring my words back' }).click();
    expect(await page.inputValue(fieldId('faq.items[1].question'))).toBe('How often should I come?');
    await context.close();
  });

  test('items are added, reordered and removed by keyboard; a new id comes from its text', async () => {
    const { context, page } = await open();
    await page.focus(`${fieldId('faq.items')}-add`);
    await page.keyboard.press('Enter');
    // Focus moved to the new question.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-faq_items_5_question');
    await page.keyboard.type('Do you have gift cards?');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Yes, at the front desk.');
    await expect.poll(() => previewText(page)).toContain('Do you have gift cards?');
    await page.focus(`${fieldId('faq.items[5]')}-up`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-faq_items_4_-up');
    await page.focus(`${fieldId('faq.items[0]')}-s`);
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove question 1' }).press('Enter');
    // Edits are kept per language: Spanish has its own words, English keeps these.
    await choose(page, '#pick-locale', 'es');
    await expect.poll(() => page.inputValue(fieldId('faq.items[0].question'))).toMatch(/^¿/);
    await choose(page, '#pick-locale', 'en');
    expect(await page.inputValue(fieldId('faq.items[3].question'))).toBe('Do you have gift cards?');
    const json = (await copySnippet(page)).match(
      /<script type="application\/json">([\s\S]*?)<\/script>/,
    )![1]!;
    const override = JSON.parse(json);
    expect(override.faq.items).toContainEqual({
      id: 'do-you-have-gift-cards',
      question: 'Do you have gift cards?',
      answer: 'Yes, at the front desk.',
    });
    expect(override.faq.items).toContainEqual({ id: 'pregnancy', remove: true });
    expect(override.order['faq.items'].indexOf('do-you-have-gift-cards')).toBe(3);
    await context.close();
  });

  test('the shared link reopens everything; a pasted snippet is imported', async () => {
    const first = await open();
    const { page } = first;
    await choose(page, '#pick-widget', 'knead-benefits');
    await choose(page, '#pick-locale', 'de');
    await page.click(`${fieldId('benefits.items[0]')}-s`);
    await type(page, fieldId('benefits.items[0].title'), 'Tiefe Ruhe');
    await tab(page, 'look');
    await page.getByRole('button', { name: /Warm/ }).click();
    await page.getByLabel('Dark').check();
    await tab(page, 'behaviour');
    await choose(page, '#a-layout', 'grid');
    await page.getByLabel('expandable').check();
    const snippet = await copySnippet(page);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('#studio=');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    await first.context.close();

    const again = await open(link.slice(link.indexOf('#')));
    expect(await again.page.inputValue('#pick-widget')).toBe('knead-benefits');
    expect(await again.page.inputValue('#pick-locale')).toBe('de');
    expect(await again.page.inputValue(fieldId('benefits.items[0].title'))).toBe('Tiefe Ruhe');
    expect(await copySnippet(again.page)).toBe(snippet);
    await again.context.close();

    const fresh = await open();
    await importSnippet(fresh.page, snippet);
    await expect.poll(() => fresh.page.inputValue('#pick-widget')).toBe('knead-benefits');
    expect(await fresh.page.inputValue('#pick-locale')).toBe('de');
    expect(await copySnippet(fresh.page)).toBe(snippet);
    await tab(fresh.page, 'words');
    expect(await fresh.page.inputValue(fieldId('benefits.items[0].title'))).toBe('Tiefe Ruhe');
    expect(fresh.problems).toEqual([]);
    await fresh.context.close();
  });

  test('the pre-rendered snippet reads without JavaScript, and the script takes it over without a shift; it imports back', async () => {
    const { context, page, problems } = await open();
    await tab(page, 'code');
    await type(page, '#script-src', LOCAL_SCRIPT);
    await choose(page, '#pick-widget', 'knead-faq');
    await choose(page, '#pick-locale', 'es');
    await tab(page, 'words');
    await page.click(`${fieldId('faq.items[0]')}-s`);
    await type(page, fieldId('faq.items[0].question'), '¿Cómo reservo una cita?');
    await tab(page, 'look');
    await type(page, '#c-accent', GREEN);
    await tab(page, 'code');
    await page.getByLabel('Put the words in the snippet too').check();
    const snippet = await copySnippet(page);
    expect(snippet).toContain(`<script src="${LOCAL_SCRIPT}" defer></script>`);
    expect(snippet).toContain('<template shadowrootmode="open">');

    // Without JavaScript: the words, every answer open, in the widget's look.
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const bare = await blankPage(noScript, snippet, 'knead-faq');
    expect(await bare.page.$eval('knead-faq', (el) => el.shadowRoot!.textContent)).toContain(
      '¿Cómo reservo una cita?',
    );
    await expect.poll(() => accentOf(bare.page, 'knead-faq')).toBe(GREEN); // its stylesheet has loaded
    const shown = await bare.page.$eval('knead-faq', (el) =>
      [...el.shadowRoot!.querySelectorAll('[part=answer]')].map((a) => getComputedStyle(a).display),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['block']));
    await noScript.close();

    // With it: the deferred script takes the pre-rendered nodes over (a script after the snippet keeps
    // the first question's button, before knead.js runs) and nothing moves (the e2e suite's shift counter).
    const probe =
      "<script>window.firstButton = document.querySelector('knead-faq').shadowRoot.querySelector('button');</script>" +
      '<script src="/test/e2e/fixtures/layout-shifts.js"></script>';
    const live = await blankPage(context, `${snippet}${probe}\n`, 'knead-faq');
    await live.page.waitForFunction(() => document.querySelector('knead-faq')?.matches(':defined'));
    await live.page.waitForTimeout(500);
    expect(await live.page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift)).toBe(
      0,
    );
    expect(
      await live.page.evaluate(() => {
        const w = window as unknown as { firstButton: Element };
        const root = document.querySelector('knead-faq')!.shadowRoot!;
        // Taken over, and the pre-render's own <style> gone (the element's stylesheets replace it).
        return [root.querySelector('button') === w.firstButton, root.querySelector('style')];
      }),
    ).toEqual([true, null]);
    await live.page.getByRole('button', { name: '¿Cómo reservo una cita?' }).click();
    await expect.poll(() => live.page.locator('knead-faq [part=answer]').first().isVisible()).toBe(true);
    expect(await accentOf(live.page, 'knead-faq')).toBe(GREEN);
    expect(live.problems).toEqual([]);
    await live.page.close();

    // Pasted back, it is the same snippet, still pre-rendered.
    const fresh = await open();
    await importSnippet(fresh.page, snippet);
    await expect.poll(() => fresh.page.isChecked('#prerender')).toBe(true);
    expect(await copySnippet(fresh.page)).toBe(snippet);
    expect(fresh.problems).toEqual([]);
    await fresh.context.close();
    expect(problems).toEqual([]);
    await context.close();
  });

  test('axe finds nothing on any panel, and nothing is requested after load, even offline', async () => {
    const { context, page, problems, requests } = await open();
    await context.setOffline(true);
    await page.evaluate(axe.source);
    const check = async (what: string) => {
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, what).toEqual([]);
    };
    for (const id of ['words', 'look', 'behaviour', 'code', 'guides']) {
      await tab(page, id);
      await check(id);
    }
    // An error on screen, another widget, a right-to-left language: still accessible, still offline.
    await choose(page, '#pick-widget', 'knead-technique-picker');
    await choose(page, '#pick-locale', 'ar');
    await tab(page, 'words');
    await page.click(`${fieldId('techniques.items[0]')}-s`);
    await type(page, fieldId('techniques.items[0].name'), '');
    await expect.poll(() => page.locator('.problems').count()).toBeGreaterThan(0);
    await tab(page, 'behaviour');
    await type(page, '#a-booking-url', 'javascript:alert(1)');
    await expect.poll(() => page.locator('#a-booking-url-e').count()).toBe(1);
    await tab(page, 'words');
    await check('error shown, Arabic, technique picker');
    await expect.poll(() => previewText(page)).toMatch(/[\u0600-\u06ff]/);
    expect(requests.filter((r) => !/^(blob|data):/.test(r))).toEqual([]);
    expect(problems.filter((p) => !p.includes('booking-url'))).toEqual([]);
    await context.close();
  });
});
