import type { ServerResponse } from 'node:http';
import type { Browser } from 'playwright';
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
} from './harness';

// Network faults for `content-src` (issue 13), against a loopback server: every fault leaves the
// built-in content on screen from the start and gives exactly one knead-error, with a clear message.

let browser: Browser;
let server: TestServer;
const hanging = new Set<ServerResponse>();

const FAQ = { faq: { items: [{ id: 'fetched', question: 'Fetched question?', answer: 'Fetched answer.' }] } };
const json = (res: ServerResponse, body: string, status = 200, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  const big = JSON.stringify({ faq: { title: 'x'.repeat(1.5 * 2 ** 20) } });
  const routes: Record<string, (res: ServerResponse) => void> = {
    '/fault/ok': (res) => json(res, JSON.stringify(FAQ)),
    '/fault/404': (res) => json(res, '{"error":"not found"}', 404),
    '/fault/500': (res) => json(res, '{"error":"boom"}', 500),
    // Never answers; then answers headers but never the body.
    '/fault/hang': (res) => hanging.add(res),
    '/fault/hang-body': (res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).write('{"faq":');
      hanging.add(res);
    },
    '/fault/redirect-away': (res) =>
      res.writeHead(302, { location: server.otherOrigin('/fault/cors') }).end(),
    '/fault/cors': (res) => json(res, JSON.stringify(FAQ), 200, { 'access-control-allow-origin': '*' }),
    '/fault/redirect-home': (res) => res.writeHead(302, { location: '/fault/ok' }).end(),
    '/fault/redirect-no-cors': (res) =>
      res.writeHead(302, { location: server.otherOrigin('/fault/ok') }).end(),
    // A single-page app answering an unknown path with its HTML page.
    '/fault/html-page': (res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Spa</title>'),
    '/fault/html': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(JSON.stringify(FAQ)),
    '/fault/no-type': (res) => res.writeHead(200, { 'content-type': '' }).end(JSON.stringify(FAQ)),
    '/fault/invalid': (res) => json(res, '{"faq": {"items": [ oops'),
    '/fault/empty': (res) => json(res, ''),
    '/fault/big': (res) => json(res, big),
    '/fault/big-chunked': (res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
      for (let i = 0; i < big.length; i += 65_536) res.write(big.slice(i, i + 65_536));
      res.end();
    },
    '/fault/invalid-content': (res) => json(res, '{"faq":{"items":[{"id":"Bad Id","question":1}]}}'),
  };
  for (const [path, route] of Object.entries(routes)) server.route(path, (_req, res) => route(res));
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await browser?.close();
  await server?.close();
});

// A redirect to another origin, or JSON served with the wrong type, is content like any other
// cross-origin content-src: fetched with CORS, parsed as JSON, validated as text-only content.
const CASES: [id: string, src: string, code: string | undefined, message: RegExp | undefined][] = [
  ['ok', '/fault/ok', undefined, undefined],
  ['redirect-home', '/fault/redirect-home', undefined, undefined],
  ['redirect-away', '/fault/redirect-away', undefined, undefined],
  ['html', '/fault/html', undefined, undefined],
  ['no-type', '/fault/no-type', undefined, undefined],
  ['e404', '/fault/404', 'content-fetch', /could not be loaded \(HTTP 404\)/],
  ['e500', '/fault/500', 'content-fetch', /could not be loaded \(HTTP 500\)/],
  ['hang', '/fault/hang', 'content-fetch', /timed out after 10 s/],
  ['hang-body', '/fault/hang-body', 'content-fetch', /timed out after 10 s/],
  ['redirect-no-cors', '/fault/redirect-no-cors', 'content-fetch', /could not be loaded \(Failed to fetch\)/],
  ['html-page', '/fault/html-page', 'content-json', /is not valid JSON/],
  ['invalid', '/fault/invalid', 'content-json', /is not valid JSON/],
  ['empty', '/fault/empty', 'content-json', /is not valid JSON/],
  ['big', '/fault/big', 'content-size', /is over the 1 MB limit/],
  ['big-chunked', '/fault/big-chunked', 'content-size', /is over the 1 MB limit/],
  [
    'invalid-content',
    '/fault/invalid-content',
    'content-invalid',
    /content-src is invalid and was skipped: faq\.items\[\d+\]/,
  ],
  ['malformed-url', 'http://[::1', 'content-fetch', /could not be loaded/],
  ['unreachable', 'http://127.0.0.1:9/x.json', 'content-fetch', /could not be loaded/],
];

describe('network faults for content-src', () => {
  it('shows the built-in content at once and reports each fault once, after at most the 10 s timeout', async () => {
    const body = CASES.map(([id, src]) => `<knead-faq id="${id}" content-src="${src}"></knead-faq>`).join('');
    server.page('/h/network.html', html(`${body}<script src="${CLASSIC}"></script>`));
    const { page, w } = await open(browser);
    const t0 = Date.now();
    await page.goto(server.url('/h/network.html'));
    await rendered(page);
    // At once: every FAQ shows its built-in questions while its content-src is still pending.
    const builtIn = await page.$$eval('knead-faq', (els) =>
      els.map((el) => el.shadowRoot!.querySelectorAll('button[aria-expanded]').length),
    );
    const shownAfter = Date.now() - t0;
    expect(builtIn.every((n) => n >= 5)).toBe(true);
    // Every fault is settled within the timeout (plus margin for a loaded machine).
    await page.waitForFunction(
      (n) => (window as unknown as { __kneadErrors: unknown[] }).__kneadErrors.length >= n,
      CASES.filter(([, , code]) => code).length,
      { timeout: 20_000 },
    );
    await page.waitForTimeout(500); // a second report would come now
    const { kneadErrors } = await state(page);
    const failures: string[] = [];
    for (const [id, , code, message] of CASES) {
      const errors = kneadErrors.filter((e) => e.id === id);
      const texts = await page.$eval(`#${id}`, (el) =>
        [...el.shadowRoot!.querySelectorAll('button[aria-expanded]')].map((b) => b.textContent),
      );
      if (!code) {
        if (errors.length) failures.push(`${id}: unexpected ${JSON.stringify(errors)}`);
        if (!texts.includes('Fetched question?')) failures.push(`${id}: fetched content not shown`);
        continue;
      }
      if (errors.length !== 1) failures.push(`${id}: ${errors.length} reports ${JSON.stringify(errors)}`);
      else if (errors[0]!.code !== code || !message!.test(errors[0]!.message))
        failures.push(`${id}: ${JSON.stringify(errors[0])}`);
      if (texts.length < 5 || texts.includes('Fetched question?'))
        failures.push(`${id}: built-in content not shown`);
    }
    console.log(
      `network faults: ${CASES.length} content-src cases (${CASES.filter(([, , c]) => c).length} faults), built-in content shown after ${shownAfter} ms, ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('reports nothing and keeps nothing when the answer comes after the element was removed', async () => {
    let aborted = 0;
    let answered = 0;
    let reached = 0;
    server.route('/fault/slow', (req, res) => {
      reached++;
      req.on('close', () => res.writableEnded || aborted++);
      setTimeout(() => {
        if (!res.destroyed) json(res, JSON.stringify(FAQ));
        answered++;
      }, 1_500);
    });
    const count = 20;
    server.page('/h/slow.html', html(`<div id="box"></div><script src="${CLASSIC}"></script>`));
    const { page, w } = await open(browser);
    await page.goto(server.url('/h/slow.html'));
    await page.evaluate((count) => {
      const box = document.getElementById('box')!;
      // The page's first Knead element stays in memory for good: the runtime's one MutationObserver for
      // `lang` is created in its connectedCallback, and the observer's callback shares that call's
      // closure context, which holds the element (a fix for widget.ts is in the hardening notes). A first
      // element that is not under test keeps this measure about the slow answers.
      box.append(document.createElement('knead-benefits'));
      box.replaceChildren();
      const refs: WeakRef<Element>[] = [];
      for (let i = 0; i < count; i++) {
        const el = document.createElement('knead-faq');
        el.setAttribute('content-src', `/fault/slow?${i}`);
        box.append(el);
        refs.push(new WeakRef(el));
      }
      (window as unknown as { refs: WeakRef<Element>[] }).refs = refs;
    }, count);
    await rendered(page);
    await page.evaluate(() => document.getElementById('box')!.replaceChildren());
    await page.waitForTimeout(2_500);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(100);
    await cdp.send('HeapProfiler.collectGarbage');
    const alive = await page.evaluate(
      () => (window as unknown as { refs: WeakRef<Element>[] }).refs.filter((r) => r.deref()).length,
    );
    const { kneadErrors } = await state(page);
    console.log(
      `network faults: ${count} slow answers after removal: ${aborted} of the ${reached} requests that reached the server aborted (the others never left the browser's queue), ${kneadErrors.length} reports, ${alive} elements still in memory after GC`,
    );
    expect(kneadErrors).toEqual([]);
    expect(aborted).toBe(reached);
    expect(alive).toBe(0);
    expect(answered).toBe(reached);
    expect(w.problems).toEqual([]);
    await page.context().close();
  });

  it('refuses inline JSON over the 1 MB limit with one content-size error, and takes it just under', async () => {
    const over = JSON.stringify({ faq: { title: 'x'.repeat(2 ** 20) } });
    const under = JSON.stringify({
      faq: { title: 'x'.repeat(2 ** 20 - 200), items: FAQ.faq.items },
    });
    server.page(
      '/h/inline-size.html',
      html(
        `<knead-faq id="over"><script type="application/json">${over}</script></knead-faq>` +
          `<knead-faq id="under"><script type="application/json">${under}</script></knead-faq>` +
          `<script src="${CLASSIC}"></script>`,
      ),
    );
    const { page, w } = await open(browser);
    await page.goto(server.url('/h/inline-size.html'));
    await rendered(page);
    await page.waitForTimeout(200);
    const { kneadErrors } = await state(page);
    expect(kneadErrors).toEqual([
      expect.objectContaining({
        id: 'over',
        code: 'content-size',
        message: expect.stringMatching(/inline .* is over the 1 MB limit/),
      }),
    ]);
    const underText = await page.$eval('#under', (el) => el.shadowRoot!.textContent!);
    expect(underText).toContain('Fetched question?');
    expect(w.problems).toEqual([]);
    await page.context().close();
  });
});
