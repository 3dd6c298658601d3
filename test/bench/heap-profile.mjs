// `pnpm bench:heap [knead|lit|vanilla]` (any FAQ variant of pages.mjs), after `pnpm bench` has
// written its pages: what the JS heap per extra FAQ is made of. Takes a heap snapshot of the 1- and
// 100-FAQ pages and prints, per extra FAQ, the bytes and counts of each kind of object (plain objects
// grouped by their keys, so Preact's vnodes, signals and props objects show apart) and of JIT code.
// Use it to see where a change saves memory.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';

const cacheDir = 'node_modules/.cache/knead-bench';
const variant = process.argv[2] ?? 'knead';
const root = fileURLToPath(new URL('../../', import.meta.url));
if (!existsSync(`${root}${cacheDir}/${variant}-100.html`)) {
  throw new Error(`${cacheDir}/${variant}-100.html is missing: run \`pnpm bench\` first`);
}

/** Self size and count of every kind of heap node (native Blink objects left out, as usedSize does). */
function kinds(snapshot) {
  const {
    node_fields: nf,
    node_types: [nodeTypes],
    edge_fields: ef,
    edge_types: [edgeTypes],
  } = snapshot.snapshot.meta;
  const [TYPE, NAME, SIZE, EDGES] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nf.indexOf(f));
  const [EDGE_TYPE, EDGE_NAME] = ['type', 'name_or_index'].map((f) => ef.indexOf(f));
  const { nodes, edges, strings } = snapshot;
  const out = new Map();
  for (let i = 0, e = 0; i < nodes.length; i += nf.length) {
    const type = nodeTypes[nodes[i + TYPE]];
    const name = strings[nodes[i + NAME]];
    const keys = [];
    for (let k = 0; k < nodes[i + EDGES]; k++, e += ef.length) {
      if (edgeTypes[edges[e + EDGE_TYPE]] === 'property') keys.push(strings[edges[e + EDGE_NAME]]);
    }
    if (type === 'native' || type === 'hidden' || type === 'synthetic') continue;
    const kind =
      type === 'object' && !name.startsWith('system /')
        ? `${name} {${keys.filter((key) => key !== '__proto__').join(',')}}`
        : `${type} ${type === 'code' || type === 'closure' ? name : ''}`.trim();
    const entry = out.get(kind) ?? { size: 0, count: 0 };
    entry.size += nodes[i + SIZE];
    entry.count++;
    out.set(kind, entry);
  }
  return out;
}

const server = await startServer();
const browser = await chromium.launch(chromiumLaunchOptions);
const base = `http://127.0.0.1:${server.address().port}/${cacheDir}`;

async function profile(n) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    await tab.goto(`${base}/${variant}-${n}.html`);
    await tab.evaluate(() => window.bench.rendered);
    const cdp = await context.newCDPSession(tab);
    for (let i = 0; i < 4; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const chunks = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    return { usedSize, kinds: kinds(JSON.parse(chunks.join(''))) };
  } finally {
    await context.close();
  }
}

try {
  const one = await profile(1);
  const hundred = await profile(100);
  const per = (a, b) => (b - a) / 99;
  console.log(
    `${variant}: JS heap per extra FAQ ${(per(one.usedSize, hundred.usedSize) / 1024).toFixed(2)} KB`,
  );
  console.log('   bytes   count   kind (per extra FAQ)');
  const rows = [...hundred.kinds].map(([kind, { size, count }]) => {
    const before = one.kinds.get(kind) ?? { size: 0, count: 0 };
    return [kind, per(before.size, size), per(before.count, count)];
  });
  for (const [kind, size, count] of rows.sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    if (size < 16) break;
    console.log(`${size.toFixed(0).padStart(8)}${count.toFixed(1).padStart(8)}   ${kind.slice(0, 110)}`);
  }
} finally {
  await browser.close();
  server.close();
}
