// The CDN snippet in the READMEs: the classic script pinned to a released version, with the Subresource
// Integrity hash of that version's dist/knead.js.
//
// The hash must be the one of the file the CDN serves for that version, so the snippet is rewritten
// when the version changes (the build after `changeset version`, see `pnpm version-packages`), not on
// every build: between releases it keeps naming the last release and that release's file, which is
// what a visitor's browser gets from the CDN. `--force` rewrites it anyway. `--check` fails when the
// snippet names another version than package.json; `--check --release` (run by `pnpm release` before
// publishing) also fails when its hash is not the one of the file about to be published.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const readmes = [new URL('../README.md', import.meta.url), new URL('../../../README.md', import.meta.url)];
const snippet =
  /<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/@knead\/widgets[^"]*\/dist\/knead\.js"[^>]*><\/script>/g;

// The loader's snippet is pinned to the same version (no hash: the modules it imports are not covered).
const loader = /(https:\/\/cdn\.jsdelivr\.net\/npm\/@knead\/widgets)@[^/"]+(\/dist\/knead-loader\.js)/g;

export function integrity() {
  const file = readFileSync(new URL('../dist/knead.js', import.meta.url));
  return `sha384-${createHash('sha384').update(file).digest('base64')}`;
}

export const scriptTag = (version, hash) =>
  `<script src="https://cdn.jsdelivr.net/npm/@knead/widgets@${version}/dist/knead.js" integrity="${hash}" crossorigin="anonymous"></script>`;

const args = process.argv.slice(2);
const problems = [];
for (const url of readmes) {
  const text = readFileSync(url, 'utf8');
  const tags = text.match(snippet) ?? [];
  if (!tags.length) problems.push(`${url.pathname}: no CDN snippet`);
  const pinned = tags.map((tag) => ({
    tag,
    version: tag.match(/@knead\/widgets@([^/]+)\//)?.[1],
    hash: tag.match(/integrity="([^"]+)"/)?.[1],
  }));
  for (const [, version] of text.matchAll(/@knead\/widgets@([^/"]+)\/dist\/knead-loader\.js/g))
    if (args.includes('--check') && version !== pkg.version)
      problems.push(`${url.pathname}: the loader snippet pins ${version}, package.json is ${pkg.version}`);
  if (args.includes('--check')) {
    for (const p of pinned) {
      if (p.version !== pkg.version)
        problems.push(
          `${url.pathname}: the CDN snippet pins ${p.version ?? 'no version'}, package.json is ${pkg.version}`,
        );
      else if (!p.hash) problems.push(`${url.pathname}: the CDN snippet has no integrity hash`);
      else if (args.includes('--release') && p.hash !== integrity())
        problems.push(`${url.pathname}: the CDN snippet's integrity is not dist/knead.js's (${integrity()})`);
    }
  } else if (args.includes('--force') || pinned.some((p) => p.version !== pkg.version || !p.hash)) {
    writeFileSync(
      url,
      text.replace(snippet, scriptTag(pkg.version, integrity())).replace(loader, `$1@${pkg.version}$2`),
    );
    console.log(`${url.pathname}: CDN snippet pinned to ${pkg.version}, ${integrity()}`);
  }
}
for (const p of problems)
  console.error(`✘ ${p} (run \`node packages/widgets/scripts/cdn.mjs --force\` after a build)`);
process.exit(problems.length ? 1 : 0);
