// `npm run verify`: from a fresh clone with only Node and npm, install everything the tests need
// (pnpm through npx, Debian's Chromium when missing), build every package, then run every test.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit', env: process.env });
const pnpm = 'npx -y pnpm@12.4.2';

let chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  if (process.getuid?.() !== 0) {
    console.error(
      'Chromium is needed for the browser tests: install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  console.log('Installing Chromium from Debian…');
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  chromium = '/usr/bin/chromium';
}
process.env.CHROMIUM_PATH = chromium;

try {
  run(`${pnpm} install --frozen-lockfile`);
  run(`${pnpm} run build`);
  run(`${pnpm} run test`);
} catch {
  process.exit(1);
}
