import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium } from '../e2e/harness';
import { npm, run, runFailing, serveFolder, tarballs } from './harness';
import { codeBlock, codeBlocks } from './readme';

// As a user would: every public package packed (`pnpm pack` turns workspace:* into real versions), fresh
// apps from the official templates outside the workspace, only the tarballs installed with npm, the
// README's own code pasted in, the app's own build (which type-checks), and the built app in Chromium.
// Needs the packages built (`pnpm build`) and the npm registry for the templates' own dependencies.

const root = new URL('../../', import.meta.url).pathname;
const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'knead-pack-'));
const packs = join(work, 'tarballs');
let tgz: Map<string, string>;
let browser: Browser;

const publicPackages = readdirSync(join(root, 'packages'))
  .map((dir) => join(root, 'packages', dir))
  .filter((dir) => {
    try {
      return !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private;
    } catch {
      return false;
    }
  });

beforeAll(async () => {
  mkdirSync(packs);
  await Promise.all(
    publicPackages.map((dir) =>
      promisify(execFile)('npx', ['-y', 'pnpm@12.4.2', 'pack', '--pack-destination', packs], { cwd: dir }),
    ),
  );
  tgz = tarballs(packs);
  console.log(
    [...tgz]
      .map(([name, file]) => `${name}: ${(statSync(file).size / 1024).toFixed(1)} KB tarball (gzip)`)
      .join('\n'),
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
  console.log(`pack: ${((Date.now() - started) / 1000).toFixed(0)} s`);
});

/** A fresh app from an official Vite template, outside the workspace. */
async function createVite(name: string, template: string) {
  await run(work, 'npm', [
    'create',
    '-y',
    'vite@latest',
    name,
    '--',
    '--template',
    template,
    '--no-interactive',
  ]);
  return join(work, name);
}

/** A page that collects what the app logs and what goes wrong. */
async function openPage(): Promise<{ page: Page; logs: string[]; problems: string[] }> {
  const page = await browser.newPage();
  const logs: string[] = [];
  const problems: string[] = [];
  page.on('console', (m) => (m.type() === 'error' ? problems : logs).push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('requestfailed', (r) => problems.push(`${r.url()}: ${r.failure()?.errorText}`));
  return { page, logs, problems };
}

/** Every `<knead-*>` element on the page rendered its shadow root. */
const rendered = (page: Page) =>
  page.waitForFunction(() => {
    const widgets = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('knead-'));
    return widgets.length > 0 && widgets.every((el) => el.shadowRoot?.querySelector('[part=base]'));
  });

describe.concurrent('the packed packages, installed as a user would', () => {
  it('every tarball holds only what users need', async ({ expect }) => {
    for (const [name, file] of tgz) {
      const files = (await run(work, 'tar', ['tzf', file])).split('\n').filter(Boolean);
      expect(files, name).toContain('package/package.json');
      expect(files, name).toContain('package/README.md');
      expect(files, name).toContain('package/LICENSE');
      const unwanted = files.filter((f) =>
        /(^package\/(src|test|scripts)\/|\.test\.|\.map$|tsconfig|tsup)/.test(f),
      );
      expect(unwanted, name).toEqual([]);
      const manifest = JSON.parse(await run(work, 'tar', ['xzOf', file, 'package/package.json']));
      expect(JSON.stringify(manifest.dependencies ?? {}), name).not.toContain('workspace:');
    }
  });

  it('React (npm create vite, react-ts): the README snippet builds, type-checks and runs', async ({
    expect,
  }) => {
    const app = await createVite('react-app', 'react-ts');
    // `npm install @knead/react` in the README: here the tarballs stand in for the registry.
    await npm(
      app,
      'install',
      ...['@knead/react', '@knead/widgets', '@knead/content'].map((n) => tgz.get(n)!),
    );
    const [snippet] = codeBlocks('## Use it with React', 'tsx');
    writeFileSync(join(app, 'src/SpaPage.tsx'), snippet);
    writeFileSync(
      join(app, 'src/App.tsx'),
      "import { SpaPage } from './SpaPage';\n\nexport default function App() {\n  return <SpaPage />;\n}\n",
    );
    await npm(app, 'run', 'build'); // tsc -b && vite build

    // The types are really checked: a prop value the widget does not accept fails the build.
    writeFileSync(
      join(app, 'src/Wrong.tsx'),
      'import { KneadBenefits } from \'@knead/react\';\n\nexport const Wrong = () => <KneadBenefits layout="grid2" />;\n',
    );
    expect(await runFailing(app, 'npx', ['tsc', '-b'])).toMatch(/grid2/);
    rmSync(join(app, 'src/Wrong.tsx'));

    const { page, logs, problems } = await openPage();
    await serveFolder(page, /^http:\/\/react\.test\//, join(app, 'dist'));
    await page.goto('http://react.test/');
    await rendered(page);
    await page.getByRole('button', { name: 'Where do I park?' }).click();
    await expect.poll(() => logs).toContain('parking'); // onFaqToggle={(e) => console.log(e.detail.id)}
    expect(problems).toEqual([]);
    await page.close();
  });

  it('Vue (npm create vite, vue-ts): the README setup builds, type-checks and runs', async ({ expect }) => {
    const app = await createVite('vue-app', 'vue-ts');
    await npm(app, 'install', ...['@knead/widgets', '@knead/content'].map((n) => tgz.get(n)!));
    const [setup] = codeBlocks('## Use it with Vue', 'ts');
    const [configPart, mainPart] = setup.split('// main.ts');
    const pluginsLine = configPart.split('\n').find((line) => line.trim().startsWith('plugins:'))!;
    const config = readFileSync(join(app, 'vite.config.ts'), 'utf8');
    expect(config).toContain('plugins: [vue()],');
    writeFileSync(join(app, 'vite.config.ts'), config.replace('plugins: [vue()],', pluginsLine));
    const mainLines = mainPart.trim().split('\n');
    const main = readFileSync(join(app, 'src/main.ts'), 'utf8');
    const mount = /^createApp\(App\).*$/m;
    expect(main).toMatch(mount);
    writeFileSync(
      join(app, 'src/main.ts'),
      `${mainLines.filter((l) => l.startsWith('import')).join('\n')}\n${main.replace(
        mount,
        mainLines.find((l) => l.startsWith('createApp'))!,
      )}`,
    );
    writeFileSync(join(app, 'src/App.vue'), codeBlock('## Use it with Vue', 'vue'));
    await npm(app, 'run', 'build'); // vue-tsc -b && vite build

    writeFileSync(join(app, 'src/Wrong.vue'), '<template><knead-benefits layout="grid2" /></template>\n');
    expect(await runFailing(app, 'npx', ['vue-tsc', '-b'])).toMatch(/grid2/);
    rmSync(join(app, 'src/Wrong.vue'));

    const { page, logs, problems } = await openPage();
    await serveFolder(page, /^http:\/\/vue\.test\//, join(app, 'dist'));
    await page.goto('http://vue.test/');
    await rendered(page);
    await page.getByRole('button', { name: 'Where do I park?' }).click();
    await expect.poll(() => logs).toContain('parking'); // @knead-faq-toggle="(e) => console.log(e.detail.id)"
    expect(problems).toEqual([]);
    await page.close();
  });

  it('a static page: the README script tag (from the CDN, as the tarball is published) runs', async ({
    expect,
  }) => {
    const site = join(work, 'static-site');
    const cdn = join(work, 'cdn');
    mkdirSync(site);
    mkdirSync(cdn);
    // A CDN serves the published tarball's files.
    await run(cdn, 'tar', ['xzf', tgz.get('@knead/widgets')!]);
    let snippet = codeBlocks('## Add Knead to a spa website', 'html')[0];
    // The README's hash is the last release's file's (`pnpm release` refuses to publish another); when
    // this build differs (unreleased changes), the page gets this tarball's hash, so Chromium still checks
    // a pinned URL with integrity and crossorigin, as the README writes it, against the files served.
    const pinned = snippet.match(/integrity="([^"]+)"/)?.[1];
    expect(pinned, 'the README snippet has an integrity hash').toBeTruthy();
    const built = `sha384-${createHash('sha384')
      .update(readFileSync(join(cdn, 'package/dist/knead.js')))
      .digest('base64')}`;
    if (pinned !== built) {
      console.log(`README's integrity is the last release's (${pinned}); this build's is ${built}`);
      snippet = snippet.replace(pinned!, built);
    }
    const page0 = `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Spa</title></head>\n<body>\n${snippet}\n<script src="app.js"></script>\n</body>\n</html>\n`;
    writeFileSync(join(site, 'index.html'), page0);
    // The site's own script: it listens to the widgets' events.
    writeFileSync(
      join(site, 'app.js'),
      "document.addEventListener('knead-faq-toggle', (e) => console.log('faq', e.detail.id, e.detail.open));\n",
    );
    const { page, logs, problems } = await openPage();
    const cdnUrl = /^https:\/\/cdn\.jsdelivr\.net\/npm\/@knead\/widgets(@[^/]+)?\//;
    await serveFolder(page, cdnUrl, join(cdn, 'package'), { cors: true });
    await serveFolder(page, /^http:\/\/spa\.test\//, site);
    await page.goto('http://spa.test/');
    await rendered(page);
    await page.locator('knead-faq button[aria-expanded]').first().click();
    await expect.poll(() => logs.find((l) => l.startsWith('faq '))).toMatch(/^faq \S+ true$/);
    expect(problems).toEqual([]);
    await page.close();

    // The hash guards: a file that is not the one pinned is refused, and nothing runs.
    writeFileSync(join(site, 'tampered.html'), page0.replace(built, `sha384-${'A'.repeat(64)}`));
    const tampered = await openPage();
    await serveFolder(tampered.page, cdnUrl, join(cdn, 'package'), { cors: true });
    await serveFolder(tampered.page, /^http:\/\/spa\.test\//, site);
    await tampered.page.goto('http://spa.test/tampered.html');
    await tampered.page.waitForLoadState('load');
    expect(await tampered.page.evaluate(() => customElements.get('knead-faq'))).toBeUndefined();
    expect(tampered.problems.join('\n')).toMatch(/integrity/i);
    await tampered.page.close();
  });
});
