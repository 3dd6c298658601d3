// Checks every public package the way the ecosystem's tools see it once published: each is packed with
// pnpm (as `pnpm publish` would), then publint lints the tarball (exports, sideEffects, files shipped;
// suggestions count as failures), and Are the Types Wrong checks the types each entry resolves to. Also
// prints each tarball's size and fails on files users cannot use (sources, tests, build scripts).
// Run after `pnpm build`: `node scripts/check-packages.mjs`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = new URL('..', import.meta.url).pathname;
const licence = readFileSync(join(root, 'LICENSE'), 'utf8');

// Exports that are plain files, not typed modules (the classic scripts for <script src>, stylesheets for
// <link>, the manifest): they have no types to check, so attw's "no types" / "no resolution" says nothing
// about them. Every export with conditions (types + import) is checked.
const plainFiles = (pkg) =>
  Object.entries(pkg.exports ?? {})
    .filter(([, target]) => typeof target === 'string')
    .map(([entry]) => entry);
// What no user needs in a tarball.
const unwanted =
  /^package\/(src|test|scripts|stories)\/|\.test\.|\.stories\.|\.map$|tsconfig|tsup\.config|\.tsbuildinfo$/;

const out = mkdtempSync(join(tmpdir(), 'knead-check-packages-'));
let failures = 0;
const fail = (message) => {
  failures++;
  console.error(`✘ ${message}`);
};

try {
  for (const dir of readdirSync(join(root, 'packages'))) {
    const pkgDir = join(root, 'packages', dir);
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    if (pkg.private) continue;
    const dest = join(out, dir);
    execFileSync('npx', ['-y', 'pnpm@12.4.2', 'pack', '--pack-destination', dest], {
      cwd: pkgDir,
      stdio: 'pipe',
    });
    const tarball = join(
      dest,
      readdirSync(dest).find((f) => f.endsWith('.tgz')),
    );
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    const unpacked = execFileSync('tar', ['xzOf', tarball], { maxBuffer: 1 << 28 }).length;
    console.log(
      `\n${pkg.name}@${pkg.version}: ${(statSync(tarball).size / 1024).toFixed(1)} KB tarball, ` +
        `${(unpacked / 1024).toFixed(1)} KB unpacked, ${files.length} files`,
    );

    for (const f of files.filter((f) => unwanted.test(f))) fail(`${pkg.name} ships ${f}`);
    for (const f of ['package/README.md', 'package/LICENSE', 'package/package.json'])
      if (!files.includes(f)) fail(`${pkg.name} does not ship ${f.slice(8)}`);
    if (readFileSync(join(pkgDir, 'LICENSE'), 'utf8') !== licence)
      fail(`${pkg.name}: LICENSE differs from the root's`);
    for (const field of ['license', 'repository', 'homepage', 'keywords'])
      if (!pkg[field]) fail(`${pkg.name}: package.json has no "${field}"`);

    const { messages, pkg: packed } = await publint({
      pack: { tarball: new Uint8Array(readFileSync(tarball)).buffer },
      level: 'suggestion',
      strict: true,
    });
    const before = failures;
    for (const m of messages) fail(`publint ${pkg.name}: ${formatMessage(m, packed, { color: false })}`);
    if (failures === before) console.log('✔ publint: nothing to report');

    const exclude = plainFiles(pkg);
    try {
      execFileSync(
        join(root, 'node_modules/.bin/attw'),
        [
          tarball,
          '--profile',
          'esm-only',
          '--format',
          'ascii',
          '--no-emoji',
          '--no-color',
          ...(exclude.length ? ['--exclude-entrypoints', ...exclude] : []),
        ],
        { encoding: 'utf8', stdio: 'pipe' },
      );
      console.log(
        `✔ attw (esm-only: ESM entries for node16 and bundlers)${exclude.length ? `, not the plain files ${exclude.join(' ')}` : ''}: no problems`,
      );
    } catch (error) {
      fail(`attw ${pkg.name}:\n${error.stdout}${error.stderr}`);
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

// The custom elements manifest, as IDEs, docs tools and catalogues read it (@wc-toolkit/cem-validator's
// rules: package.json fields, tag names, types, exports). Its warnings are printed. `exportTypes` is
// downgraded to a warning: the one type it names, ContentOverride (the shared `content` property), is
// @knead/content's, re-exported by the package's index rather than by each element module.
{
  const widgets = join(root, 'packages/widgets');
  const { validateCem } = await import(join(widgets, 'node_modules/@wc-toolkit/cem-validator/dist/index.js'));
  const manifest = JSON.parse(readFileSync(join(widgets, 'custom-elements.json'), 'utf8'));
  try {
    validateCem(manifest, {
      packageJsonPath: join(widgets, 'package.json'),
      cemFileName: 'custom-elements.json',
      rules: { manifest: { exportTypes: 'warning' } },
    });
    console.log('\n✔ cem-validator: custom-elements.json has no errors');
  } catch (error) {
    fail(`cem-validator: ${error.message}`);
  }
}

// The READMEs' CDN snippet pins this version (its hash is checked against the file by `pnpm release`).
try {
  execFileSync('node', [join(root, 'packages/widgets/scripts/cdn.mjs'), '--check'], { stdio: 'pipe' });
  console.log('\n✔ the CDN snippet pins the current version');
} catch (error) {
  fail(String(error.stderr));
}

console.log(failures ? `\n${failures} package problem(s)` : '\nEvery package is ready to publish.');
process.exit(failures ? 1 : 0);
