import type { Server } from 'node:http';
import { type Browser, chromium, type Page } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

/** Debian's Chromium, started the way this machine needs (no downloads, no background network). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

export const STRICT_CSP = "default-src 'self'";

/** Serves the repository (the built packages included); fixtures named `*.csp.html` get a strict CSP. */
export async function serve(): Promise<{ server: Server; url: (path: string) => string }> {
  const server = (await startServer({
    headers: (path: string) => (path.endsWith('.csp.html') ? { 'content-security-policy': STRICT_CSP } : {}),
  })) as Server;
  const { port } = server.address() as { port: number };
  return { server, url: (path) => `http://127.0.0.1:${port}${path}` };
}

/** Everything a page complained about: console errors, uncaught exceptions, CSP violations. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  return problems;
}

/** Texts of the accordion buttons inside one element's shadow root. */
export const questions = (page: Page, selector: string) =>
  page.$eval(selector, (el) =>
    [...el.shadowRoot!.querySelectorAll('button[aria-expanded]')].map((b) => b.textContent),
  );
