// Fails when a public package's src/ changed since the last release without a changeset naming that
// package (as lit/lit's CI does with `changeset status --since`). There are no pull requests here, so
// the base is the last release: the last commit that wrote a package's CHANGELOG.md (`changeset version`
// does), or, before the first release, the repository's first commit. Without the history to find that
// (not a git checkout, or a shallow clone), it says so and passes: nothing can be compared.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: 'pipe' }).trim();

function base() {
  try {
    if (git('rev-parse', '--is-shallow-repository') === 'true') return { skip: 'a shallow clone' };
    const release = git('log', '-1', '--format=%H', '--', 'packages/*/CHANGELOG.md');
    if (release) return { ref: release, what: `the last release (${release.slice(0, 8)})` };
    const first = git('rev-list', '--max-parents=0', 'HEAD').split('\n')[0];
    return { ref: first, what: `the first commit (${first.slice(0, 8)}), as nothing has been released yet` };
  } catch {
    return { skip: 'not a git checkout' };
  }
}

const since = base();
if (since.skip) {
  console.log(`Changesets not checked: ${since.skip} has no history to compare against.`);
  process.exit(0);
}

const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);
// Committed and uncommitted changes alike, so the check also works before a commit.
const changedFiles = git('diff', '--name-only', since.ref, '--', 'packages').split('\n');
const untracked = git('ls-files', '--others', '--exclude-standard', '--', 'packages').split('\n');
const changed = packages.filter(({ dir }) =>
  [...changedFiles, ...untracked].some((f) => f.startsWith(`packages/${dir}/src/`)),
);

// The release plan of the pending changesets, as changesets itself reads them.
const out = mkdtempSync(join(tmpdir(), 'knead-changesets-'));
let plan = { changesets: [], releases: [] };
try {
  // It exits 1, writing nothing, when there is no changeset at all.
  execFileSync(join(root, 'node_modules/.bin/changeset'), ['status', `--output=${join(out, 'plan.json')}`], {
    cwd: root,
    stdio: 'pipe',
  });
  plan = JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8'));
} catch {
  // no pending changeset
} finally {
  rmSync(out, { recursive: true, force: true });
}
const named = new Set(plan.changesets.flatMap((c) => c.releases.map((r) => r.name)));

console.log(
  `Since ${since.what}: source changed in ${changed.map(({ pkg }) => pkg.name).join(', ') || 'no package'}.`,
);
for (const r of plan.releases.filter((r) => r.type !== 'none'))
  console.log(`  next release: ${r.name} ${r.oldVersion} → ${r.newVersion} (${r.type})`);
const missing = changed.filter(({ pkg }) => !named.has(pkg.name));
for (const { pkg } of missing)
  console.error(
    `✘ ${pkg.name}: its src/ changed without a changeset. Run \`pnpm changeset\` and describe the change for users.`,
  );
process.exit(missing.length ? 1 : 0);
