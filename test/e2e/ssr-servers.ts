import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { getContent } from '@knead/content';
import { expect } from 'vitest';

// Starts an example app's production server (Next.js, Nuxt) on a free loopback port, for the ssr-* tests.

export interface App {
  url: (path: string) => string;
  stop: () => Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Runs `node <args(port)>` in `dir` (relative to the repository) until it answers on the port. */
export async function startApp(
  dir: string,
  args: (port: number) => string[],
  env: (port: number) => Record<string, string> = () => ({}),
): Promise<App> {
  const port = await freePort();
  const cwd = new URL(`../../${dir}/`, import.meta.url).pathname;
  const child: ChildProcess = spawn(process.execPath, args(port), {
    cwd,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', ...env(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const url = (path: string) => `http://127.0.0.1:${port}${path}`;
  const deadline = Date.now() + 45_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${dir} exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(url('/'))).ok) break;
    } catch {}
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`${dir} did not answer on port ${port} within 45 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

const en = getContent('en');
const asHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * The example page's HTML, fetched without a browser, holds every FAQ answer and benefit (pre-rendered
 * in declarative shadow roots), and the app serves the pre-render's stylesheet.
 */
export async function expectPrerenderedPage(app: App): Promise<void> {
  const html = await (await fetch(app.url('/'))).text();
  expect(html).toContain('Behind the spa, free for guests.');
  for (const item of en.faq.items) expect(html).toContain(asHtml(item.answer));
  for (const item of en.benefits.items) {
    expect(html).toContain(asHtml(item.title));
    expect(html).toContain(asHtml(item.details));
  }
  expect(html).toContain('<template shadowrootmode="open">');
  expect(html).toContain('href="/knead/styles/faq.css"');
  const css = await fetch(app.url('/knead/styles/faq.css'));
  expect(css.status).toBe(200);
}
