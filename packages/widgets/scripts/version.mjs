// After `changeset version`: the runtime's VERSION constant (which tells two copies on one page apart)
// follows package.json, as test/node/repository.test.ts requires.
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const file = new URL('../src/internal/version.ts', import.meta.url);
writeFileSync(file, readFileSync(file, 'utf8').replace(/VERSION = '[^']*'/, `VERSION = '${version}'`));
console.log(`VERSION = '${version}'`);
