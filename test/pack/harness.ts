import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright';

const exec = promisify(execFile);

// npm and the apps run as a user's would: none of the workspace's pnpm/npm settings leak into them.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^(npm_|pnpm_|npm_config_|INIT_CWD|VITEST)/i.test(key)),
);

/** Runs a command in `cwd`; fails with everything it printed. */
export async function run(cwd: string, cmd: string, args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await exec(cmd, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return stdout + stderr;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

/** Like `run`, for a command that must fail; returns what it printed. */
export async function runFailing(cwd: string, cmd: string, args: string[]): Promise<string> {
  try {
    await exec(cmd, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
  throw new Error(`${cmd} ${args.join(' ')} succeeded in ${cwd}, expected it to fail`);
}

/** npm, with the local cache preferred (the registry is asked only for what the cache lacks). */
export const npm = (cwd: string, ...args: string[]) =>
  run(cwd, 'npm', [...args, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error']);

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Answers every request whose URL starts with `prefix` (a RegExp anchored with ^) from the folder `dir`, as
 * a static host would (and, with `cors`, as a CDN does: Subresource Integrity on a cross-origin script needs it).
 */
export async function serveFolder(page: Page, prefix: RegExp, dir: string, { cors = false } = {}) {
  await page.route(prefix, (route) => {
    const url = route.request().url().split(/[?#]/)[0];
    let path = join(dir, decodeURIComponent(url.replace(prefix, '/')));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return route.fulfill({ status: 404, body: 'Not found' });
    const ext = path.slice(path.lastIndexOf('.'));
    return route.fulfill({
      status: 200,
      body: readFileSync(path),
      headers: {
        'content-type': types[ext] ?? 'application/octet-stream',
        ...(cors ? { 'access-control-allow-origin': '*' } : {}),
      },
    });
  });
}

/** The tarballs in a folder, by package name (`@knead/widgets` → its path). */
export function tarballs(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.tgz'))
      .map((f) => [f.replace(/^knead-(.*)-\d+\.\d+\.\d+.*\.tgz$/, '@knead/$1'), join(dir, f)]),
  );
}
