import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright';
import { launchChromium } from '../e2e/harness';

export { launchChromium };

/** The CSP of the issue: nothing but the page's own origin, and no string may reach a script sink. */
export const TRUSTED_TYPES_CSP =
  "default-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";

export const WIDGETS = [
  'knead-faq',
  'knead-benefits',
  'knead-technique-picker',
  'knead-precautions',
  'knead-self-massage',
] as const;
export type Tag = (typeof WIDGETS)[number];

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

/** A loopback server: the repository's files (built packages included), plus pages and routes a test adds. */
export interface TestServer {
  server: Server;
  /** `http://127.0.0.1:port` + path. */
  url(path: string): string;
  /** The same server under another origin (`http://localhost:port`), for cross-origin cases. */
  otherOrigin(path: string): string;
  /** Serves `html` at `path`, with a CSP header when given. */
  page(path: string, html: string, csp?: string): void;
  /** Answers requests for `path` with `route`. */
  route(path: string, route: Route): void;
  /** Every request path seen, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Route>();
  // Chromium asks for one; a 404 would be noise in the console.
  routes.set('/favicon.ico', (_req, res) => res.writeHead(204).end());
  const requests: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((req, res) => {
    const url = new URL(req.url!, 'http://127.0.0.1');
    requests.push(url.pathname);
    const route = routes.get(url.pathname);
    if (route) return route(req, res, url);
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return res.writeHead(403).end();
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const body = readFileSync(path);
      res.writeHead(200, {
        'content-type': types[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    server,
    requests,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    otherOrigin: (path) => `http://localhost:${port}${path}`,
    page: (path, html, csp) =>
      routes.set(path, (_req, res) => {
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          ...(csp ? { 'content-security-policy': csp } : {}),
        });
        res.end(html);
      }),
    route: (path, route) => routes.set(path, route),
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}

/** A page's problems: uncaught errors, console errors (CSP and Trusted Types violations among them), trap calls. */
export interface Watch {
  /** Uncaught exceptions and console errors. */
  problems: string[];
  /** `console.error` lines only (Knead reports each knead-error there too). */
  consoleErrors: string[];
  warnings: string[];
}

/**
 * Before any script of the page: a trap the hostile payloads call (`__xss(n)`), and records of CSP
 * violations and `knead-error` events, read back with `state(page)`.
 */
export async function watch(page: Page): Promise<Watch> {
  const w: Watch = { problems: [], consoleErrors: [], warnings: [] };
  page.on('pageerror', (e) => w.problems.push(`uncaught: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
    if (m.type() === 'warning') w.warnings.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown[]> & { __xss(n: unknown): void };
    w.__trapped = [];
    w.__violations = [];
    w.__kneadErrors = [];
    w.__xss = (n) => w.__trapped!.push(n);
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__violations!.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
    );
    document.addEventListener('knead-error', (e) => {
      const detail = (e as CustomEvent<{ code: string; message: string }>).detail;
      w.__kneadErrors!.push({
        ...detail,
        tag: (e.target as Element).localName,
        id: (e.target as Element).id,
      });
    });
  });
  return w;
}

export interface PageState {
  trapped: unknown[];
  violations: string[];
  kneadErrors: { code: string; message: string; tag: string; id: string; path?: string }[];
}

export const state = (page: Page): Promise<PageState> =>
  page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return { trapped: w.__trapped, violations: w.__violations, kneadErrors: w.__kneadErrors } as PageState;
  });

/** Waits until every widget element on the page has rendered its shadow root. */
export const rendered = (page: Page, selector = WIDGETS.join(',')) =>
  page.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every(
        (el) => el.shadowRoot?.querySelector('.root')?.firstChild,
      ),
    selector,
  );

/** A small seeded generator (mulberry32), so a failing run can be repeated from its printed seed. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates with a seeded generator. */
export function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The seed of this run: `KNEAD_SEED` to repeat one, else a fixed default (CI stays deterministic). */
export const SEED = Number(process.env.KNEAD_SEED ?? 1313);

/** A page in a fresh context, watched from its first script. */
export async function open(browser: Browser): Promise<{ page: Page; w: Watch }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { page, w: await watch(page) };
}

/** A minimal HTML page that loads the classic script. */
export const html = (body: string, { head = '', lang = 'en', dir = 'ltr' } = {}) =>
  `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>hardening</title>` +
  `${head}</head><body>${body}</body></html>`;

export const CLASSIC = '/packages/widgets/dist/knead.js';

// biome-ignore lint/suspicious/noExplicitAny: content walked generically
export type Loose = any;

/** The content sections each widget shows. */
export const SECTIONS: Record<Tag, string[]> = {
  'knead-faq': ['faq'],
  'knead-benefits': ['benefits', 'intro'],
  'knead-technique-picker': ['techniques', 'precautions'],
  'knead-precautions': ['precautions', 'techniques'],
  'knead-self-massage': ['selfMassage', 'therapist'],
};
/** The paths of every free-text field (not ids, id lists or enumerations) in `sections` of `content`. */
export function stringFields(content: Loose, sections: string[]): string[][] {
  const out: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'string') {
      const key = path.at(-1)!;
      if (!['id', 'pressure', 'verdict'].includes(key) && !/^\d+$/.test(key)) out.push(path);
    } else if (Array.isArray(value)) for (const [i, v] of value.entries()) walk(v, [...path, String(i)]);
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  for (const s of sections) walk(content[s], [s]);
  return out;
}

/** A copy of the sections with field `f` set to `value(f)`. */
export function fill(content: Loose, sections: string[], fields: string[][], value: (f: number) => string) {
  const out: Loose = {};
  for (const s of sections) out[s] = structuredClone(content[s]);
  fields.forEach((path, f) => {
    let node = out;
    for (const key of path.slice(0, -1)) node = node[key];
    node[path.at(-1)!] = value(f);
  });
  return out;
}
