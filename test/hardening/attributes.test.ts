import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLASSIC,
  html,
  launchChromium,
  open,
  random,
  SEED,
  shuffle,
  startServer,
  state,
  type TestServer,
  WIDGETS,
} from './harness';

// Attribute fuzzing (issue 13): every observed attribute of every widget gets generated values
// (empty, whitespace, out of range, NaN, huge, control characters, JSON, HTML, other attributes'
// values) in a seeded random order, then rapid set/remove. Bar: 0 uncaught errors, the widget still
// renders, and a bad value is reported (once per setting, never for a good one).

let browser: Browser;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
  server.route('/h/attr.json', (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
  );
  server.page('/h/attributes.html', html(`<main id="box"></main><script src="${CLASSIC}"></script>`));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Values of every kind; `others` are the good values of every widget's attributes, tried on all of them. */
function values(next: () => number): string[] {
  const fixed = [
    '',
    ' ',
    '\t\n ',
    '0',
    '-1',
    '1',
    '2',
    '5',
    '6',
    '7',
    '99',
    '100',
    '999',
    '1000',
    '3600',
    '3601',
    '1e3',
    '0x10',
    '1.5',
    '-0',
    '+3',
    '08',
    'NaN',
    'Infinity',
    '-Infinity',
    '9007199254740993',
    'null',
    'undefined',
    'true',
    'false',
    'yes',
    'off',
    '[]',
    '{}',
    '{"a":1}',
    '[1,2]',
    '<b>x</b>',
    '<img src=x onerror=__xss(1)>',
    'javascript:__xss(2)',
    'data:application/json,{}',
    '//evil.invalid/x.json',
    'x'.repeat(100_000),
    '\u0000',
    '\u0001\u0002\u001f\u007f',
    '\u202Eltr\u202C',
    '\uD800',
    'ﬀ ＡＢ',
    '%20',
    '{technique}',
    ' padded ',
    'UPPER',
    'a,b',
    'a  b',
    'kebab-case',
    'Kebab-Case',
    '-leading',
    'trailing-',
    'double--dash',
    'under_score',
    'spaced name',
    '/h/attr.json',
  ];
  const others = [
    'en',
    'ar',
    'es-MX',
    'zz',
    'dark',
    'light',
    'auto',
    'list',
    'grid',
    'compact',
    'gentle',
    'medium',
    'firm',
    'any',
    'pregnancy',
    'deep-tissue',
    'relaxation chronic-pain',
    'pain-reduction stress-relief',
    'athletes',
    '/book/{technique}',
    'https://spa.invalid/book?t={technique}',
    'visit',
    'g_1',
    '3',
    '30',
  ];
  const generated = Array.from({ length: 10 }, () =>
    String.fromCodePoint(
      ...Array.from({ length: 1 + Math.floor(next() * 12) }, () => Math.floor(next() * 0x2fff)),
    ),
  );
  return [...fixed, ...others, ...generated];
}

describe('attribute fuzzing', () => {
  it(`every observed attribute of every widget, in random order (seed ${SEED}), then rapid set/remove`, async () => {
    const next = random(SEED);
    const all = values(next);
    const { page, w } = await open(browser);
    await page.goto(server.url('/h/attributes.html'));
    let tried = 0;
    let attributes = 0;
    const failures: string[] = [];
    const perWidget: string[] = [];
    for (const tag of WIDGETS) {
      const names = await page.evaluate(
        (tag) => [
          ...(customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes,
        ],
        tag,
      );
      attributes += names.length;
      const plan = shuffle(
        names.flatMap((name) => all.map((value) => [name, value] as const)),
        next,
      );
      // Rapid set/remove: a few values per attribute, set and removed over and over in one task.
      const rapid = names.flatMap((name) =>
        shuffle(all, next)
          .slice(0, 5)
          .map((value) => [name, value] as const),
      );
      tried += plan.length + rapid.length * 10;
      const result = await page.evaluate(
        async ({ tag, plan, rapid }) => {
          const box = document.getElementById('box')!;
          box.replaceChildren();
          const el = document.createElement(tag);
          box.append(el);
          const errors = (window as unknown as { __kneadErrors: { code: string; message: string }[] })
            .__kneadErrors;
          errors.length = 0;
          const reports: Record<string, number> = {};
          const sets: Record<string, number> = {};
          const count = (name: string, value: string, n: number) => {
            const key = `${name}\u0000${value}`;
            const before = errors.length;
            for (let i = 0; i < n; i++) {
              el.setAttribute(name, value);
              if (n > 1) el.removeAttribute(name);
            }
            sets[key] = (sets[key] ?? 0) + n;
            reports[key] =
              (reports[key] ?? 0) + errors.slice(before).filter((e) => e.code === 'invalid-attribute').length;
          };
          for (const [i, [name, value]] of plan.entries()) {
            count(name, value, 1);
            if (i % 50 === 49) await new Promise((r) => setTimeout(r, 0)); // let effects and fetches run now and then
          }
          for (const [name, value] of rapid) count(name, value, 5);
          for (const name of el.getAttributeNames()) el.removeAttribute(name);
          await new Promise((r) => setTimeout(r, 50));
          await new Promise((r) => requestAnimationFrame(r));
          const text = el.shadowRoot?.querySelector('.root')?.textContent ?? '';
          return {
            reports,
            sets,
            text: text.length,
            interactive: el.shadowRoot!.querySelectorAll('button, input, select, a').length,
          };
        },
        { tag, plan, rapid },
      );
      let bad = 0;
      for (const [key, n] of Object.entries(result.reports)) {
        const [name, value] = key.split('\u0000') as [string, string];
        // Reported once however often it is set, or never: a value is bad or good, whatever came before.
        if (n > 1)
          failures.push(
            `${tag} ${name}=${JSON.stringify(value.slice(0, 30))}: ${n} reports for ${result.sets[key]} settings`,
          );
        if (n) bad++;
      }
      if (result.text < 50) failures.push(`${tag}: renders ${result.text} characters after fuzzing`);
      perWidget.push(`${tag} ${names.length} attributes, ${bad} distinct bad values`);
    }
    const { kneadErrors, trapped } = await state(page);
    console.log(
      `attribute fuzzing: ${all.length} values per attribute, ${attributes} observed attributes, ${tried} settings (seed ${SEED}); ${perWidget.join('; ')}; ${w.problems.length} uncaught errors, ${trapped.length} script executions, ${failures.length} failures`,
    );
    expect(trapped).toEqual([]);
    expect(w.problems).toEqual([]);
    expect(failures.slice(0, 20)).toEqual([]);
    expect(
      kneadErrors.filter(
        (e) =>
          ![
            'invalid-attribute',
            'content-fetch',
            'content-json',
            'unsupported-locale',
            'unknown-id',
            'locale-load',
          ].includes(e.code),
      ),
    ).toEqual([]);
    await page.context().close();
  });

  // The bar: each distinct bad value reported once per element, however often it is set.
  it('a bad value set again and again is reported once', async () => {
    const { page } = await open(browser);
    await page.goto(server.url('/h/attributes.html'));
    const reports = await page.evaluate(async () => {
      const el = document.createElement('knead-benefits');
      document.getElementById('box')!.append(el);
      const errors = (window as unknown as { __kneadErrors: unknown[] }).__kneadErrors;
      errors.length = 0;
      for (let i = 0; i < 5; i++) {
        el.setAttribute('limit', 'lots');
        el.removeAttribute('limit');
      }
      return errors.length;
    });
    await page.context().close();
    expect(reports).toBe(1);
  });
});
