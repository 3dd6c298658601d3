import { getContent } from '@knead/content';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAYLOADS } from './corpus';
import {
  fill,
  html,
  type Loose,
  launchChromium,
  open,
  SECTIONS,
  startServer,
  state,
  stringFields,
  type TestServer,
  WIDGETS,
} from './harness';

// Hostile content through the server renderer (renderWidget): every payload in every string field of
// every widget, rendered to HTML, then parsed by Chromium as a page (the declarative shadow roots
// become shadow trees) without any Knead script, and again upgraded by the loader. Bar: 0 script
// executions, 0 requests to the URLs the payloads name, 0 uncaught errors, every payload there as text.

type Render = typeof import('../../packages/widgets/src/render/render');
// The corpus's 100,000-character strings test speed elsewhere; 10,000 are as hostile to a renderer.
const payloads = PAYLOADS.map((p) => p.slice(0, 10_000));

let browser: Browser;
let server: TestServer;
let render: Render;

beforeAll(async () => {
  render = (await import('../../packages/widgets/dist/render.js')) as unknown as Render;
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hostile content in pre-rendered widgets', () => {
  it('renders every payload as text, in every field of every widget, before and after the upgrade', async () => {
    const en = getContent('en') as Loose;
    let placements = 0;
    const failures: string[] = [];
    for (const tag of WIDGETS) {
      const sections = SECTIONS[tag];
      const fields = stringFields(en, sections);
      // One element per payload, with the corpus rotated across its fields: every payload in every field.
      const elements = payloads.map((_, p) => {
        const content = fill(en, sections, fields, (f) => payloads[(p + f) % payloads.length]!);
        placements += fields.length;
        return render.renderWidget(tag, { content, base: '/packages/widgets/dist/' });
      });
      for (const script of [false, true]) {
        const path = `/h/prerender-${tag}-${script}.html`;
        const head = script ? '<script src="/packages/widgets/dist/knead-loader.js" defer></script>' : '';
        server.page(path, html(elements.join('\n'), { head }));
        const { page, w } = await open(browser);
        const before = server.requests.length;
        await page.goto(server.url(path));
        if (script)
          await page.waitForFunction(
            (t) =>
              [...document.querySelectorAll(t)].every(
                (el) => el.matches(':defined') && !el.shadowRoot!.querySelector('link'),
              ),
            tag,
          );
        await page.waitForTimeout(100);
        const shown = await page.evaluate(
          (t) => [...document.querySelectorAll(t)].map((el) => el.shadowRoot?.textContent ?? ''),
          tag,
        );
        const s = await state(page);
        const evil = server.requests.slice(before).filter((r) => r.includes('evil'));
        if (s.trapped.length)
          failures.push(`${tag} script=${script}: trap called ${JSON.stringify(s.trapped)}`);
        if (evil.length) failures.push(`${tag}: requests ${evil.join(' ')}`);
        if (w.problems.length) failures.push(`${tag}: ${w.problems.join('; ')}`);
        if (!page.url().endsWith(path)) failures.push(`${tag}: navigated to ${page.url()}`);
        // Each payload is in every field of some element: it must be there as text in at least one.
        const all = shown.join('\n');
        // Before the upgrade as HTML carries it (the parser drops NUL; a lone surrogate cannot be encoded,
        // U+FFFD), after it exactly (the element renders its content from the inline JSON).
        const asParsed = (p: string) => (script ? p : p.replace(/\0/g, '').toWellFormed()).slice(0, 200);
        const missing = payloads.filter((p) => !all.includes(asParsed(p)));
        if (missing.length)
          failures.push(`${tag} script=${script}: not shown as text: ${missing.slice(0, 3).join(' | ')}`);
        await page.context().close();
      }
    }
    console.log(
      `hostile pre-render: ${payloads.length} payloads × every string field of 5 widgets = ${placements} placements, parsed and upgraded: ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
  });
});
