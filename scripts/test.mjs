// Runs every check and test suite, then prints one "N passed, N failed" line summed over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const report = 'node_modules/.cache/vitest-report.json';
const checks = [
  ['lint', 'biome', ['check', '.']],
  ['typecheck', 'pnpm', ['-r', '--workspace-concurrency=1', 'run', 'typecheck']],
  ['size budgets', 'size-limit', []],
  ['packages (packed: publint, attw, files shipped)', 'node', ['scripts/check-packages.mjs']],
  ['changesets (a changeset for every package whose src changed)', 'node', ['scripts/check-changesets.mjs']],
];
let passed = 0;
let failed = 0;

for (const [name, cmd, args] of checks) {
  console.log(`\n▶ ${name}`);
  const ok = spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status === 0;
  ok ? passed++ : failed++;
  console.log(ok ? `✔ ${name}` : `✘ ${name} failed`);
}

console.log('\n▶ vitest (node, browser, e2e)');
rmSync(report, { force: true });
const vitest = spawnSync(
  'vitest',
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (vitest.status !== 0 && r.numFailedTests === 0 ? 1 : 0);
} else failed++;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
