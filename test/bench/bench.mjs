// `pnpm bench [--runs 7] [--toggles 20]`: <knead-faq> against static <details> HTML (the floor) and a
// Lit accordion, 1 and 100 FAQs per page, in headless Chromium. Variants are measured alternately in one
// run (order rotated each run) so that machine noise hits all of them alike; ratios are taken within a
// run. Not part of `pnpm test`: timings on shared machines are for comparing, not for failing CI.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { page, variants } from './pages.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cacheDir = 'node_modules/.cache/knead-bench';
const out = `${root}${cacheDir}`;
const VARIANTS = ['static', 'lit', 'knead'];
const SIZES = [1, 100];
const KB = 1024;

const { values: options } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, toggles: { type: 'string', default: '20' } },
});
const runs = Number(options.runs);
const toggles = Number(options.toggles);
if (!(Number.isInteger(runs) && runs >= 1 && Number.isInteger(toggles) && toggles >= 2)) {
  throw new Error('usage: node test/bench/bench.mjs [--runs N≥1] [--toggles N≥2]');
}

// --- Inputs: the built packages, and the same five questions in every variant -------------------

for (const built of ['packages/widgets/dist/faq.js', 'packages/content/dist/index.js']) {
  if (!existsSync(root + built)) throw new Error(`${built} is missing: run \`pnpm build\` first`);
}

// --- Build: both widgets minified as a site would ship them; write the pages ------------------------

await mkdir(out, { recursive: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: { lit: 'test/bench/lit-faq.js', knead: 'packages/widgets/dist/faq.js' },
  outdir: out,
  bundle: true,
  minify: true,
  format: 'esm',
  legalComments: 'none', // Lit's licence comments would count against Lit; compare code only
  logLevel: 'warning',
});

const harness = await readFile(new URL('./measure.js', import.meta.url), 'utf8');
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const bytes = {};
for (const variant of VARIANTS) {
  let js = 0;
  for (const file of variants[variant].scripts) js += gzip(await readFile(`${out}/${file}`));
  bytes[variant] = {};
  for (const n of SIZES) {
    // Shipped bytes are the page without the harness; the bench loads the page with it.
    const html = gzip(page(variant, n));
    bytes[variant][n] = { html, js, total: html + js };
    await writeFile(`${out}/${variant}-${n}.html`, page(variant, n, harness));
  }
}

// --- Measure -------------------------------------------------------------------------------------

const server = await startServer();
const base = `http://127.0.0.1:${server.address().port}/${cacheDir}`;
const browser = await chromium.launch(chromiumLaunchOptions);

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** One page load in a fresh context (no shared cache or process): render time, heap, toggles. */
async function measure(variant, n) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const problems = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on('console', (message) => {
      // The browser asks for /favicon.ico by itself; its 404 is not the page's problem.
      if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
        problems.push(`${message.text()} ${message.location().url}`);
      }
    });
    await tab.goto(`${base}/${variant}-${n}.html`);
    const render = await tab.evaluate(() => window.bench.rendered);
    // Heap after the page is rendered and garbage is gone (a few passes, for weak and finalised objects).
    const cdp = await context.newCDPSession(tab);
    for (let i = 0; i < 4; i++) await cdp.send('HeapProfiler.collectGarbage');
    const heapUsage = await cdp.send('Runtime.getHeapUsage');
    const times = await tab.evaluate((count) => window.bench.toggle(count), toggles);
    if (problems.length) throw new Error(`${variant}-${n}: ${problems.join('; ')}`);
    return {
      render,
      heap: heapUsage.usedSize,
      heapUsage,
      toggle: median(times.map((t) => t.frame)),
      toggleWork: median(times.map((t) => t.work)),
    };
  } finally {
    await context.close();
  }
}

const samples = Object.fromEntries(VARIANTS.map((v) => [v, Object.fromEntries(SIZES.map((n) => [n, []]))]));
const started = performance.now();
try {
  for (const variant of VARIANTS) await measure(variant, 1); // warm-up: disk cache, process start-up
  for (let run = 0; run < runs; run++) {
    const order = VARIANTS.map((_, i) => VARIANTS[(i + run) % VARIANTS.length]);
    for (const n of SIZES) for (const variant of order) samples[variant][n].push(await measure(variant, n));
    console.error(`run ${run + 1}/${runs} done (${order.join(' → ')})`);
  }
} finally {
  await browser.close();
  server.close();
}

// --- Summarise -------------------------------------------------------------------------------------

const stats = (values) => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
  values,
});
const perRun = (fn) => Array.from({ length: runs }, (_, run) => fn(run));
const at = (variant, n, metric) => (run) => samples[variant][n][run][metric];
// The heap a page grows by for each FAQ after the first, from the 1- and 100-FAQ pages of the same run.
const heapPerExtra = (variant) => (run) =>
  (samples[variant][100][run].heap - samples[variant][1][run].heap) / (SIZES[1] - SIZES[0]);

const summary = {};
for (const variant of VARIANTS) {
  summary[variant] = { heapPerExtra: stats(perRun(heapPerExtra(variant))) };
  for (const n of SIZES) {
    summary[variant][n] = {};
    for (const metric of ['render', 'heap', 'toggle', 'toggleWork']) {
      summary[variant][n][metric] = stats(perRun(at(variant, n, metric)));
    }
  }
}

// Same-run ratios, then their median: drift between runs cancels out.
const ratio = (knead, other) => stats(perRun((run) => knead(run) / other(run)));
// Static pages keep no JS object per FAQ (their DOM lives in Blink's heap, which usedSize leaves out):
// a ratio to a growth of less than one small object per FAQ would be noise, so there is none.
const heapRatio = (other) =>
  Math.abs(summary[other].heapPerExtra.median) < 64
    ? null
    : ratio(heapPerExtra('knead'), heapPerExtra(other));
const ratios = {};
for (const other of ['static', 'lit']) {
  ratios[`knead/${other}`] = {
    render100: ratio(at('knead', 100, 'render'), at(other, 100, 'render')),
    heapPerExtra: heapRatio(other),
    toggle1: ratio(at('knead', 1, 'toggle'), at(other, 1, 'toggle')),
    toggle100: ratio(at('knead', 100, 'toggle'), at(other, 100, 'toggle')),
    toggleWork100: ratio(at('knead', 100, 'toggleWork'), at(other, 100, 'toggleWork')),
  };
}

const vsStatic = ratios['knead/static'];
const targets = [
  [
    'render of 100 FAQs within 1.10× of static',
    vsStatic.render100.median <= 1.1,
    `${vsStatic.render100.median.toFixed(2)}×`,
  ],
  [
    'heap ≤ 7 KB per extra FAQ',
    summary.knead.heapPerExtra.median <= 7 * KB,
    `${(summary.knead.heapPerExtra.median / KB).toFixed(2)} KB`,
  ],
  [
    'toggle no slower than static (N=1)',
    vsStatic.toggle1.median <= 1,
    `${vsStatic.toggle1.median.toFixed(2)}×`,
  ],
  [
    'toggle no slower than static (N=100)',
    vsStatic.toggle100.median <= 1,
    `${vsStatic.toggle100.median.toFixed(2)}×`,
  ],
].map(([name, pass, value]) => ({ name, pass, value }));

// --- Report ---------------------------------------------------------------------------------------

const ms = (x) => x.toFixed(1);
const kb = (x) => (x / KB).toFixed(2);
const times = (x) => `${x.toFixed(2)}×`;
const cell = (s, fmt) => (s ? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})` : 'n/a');
const table = (rows) => {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  return rows.map((row) =>
    row.map((text, c) => (c ? text.padStart(widths[c]) : text.padEnd(widths[c]))).join('   '),
  );
};

const rows = [['metric (median, min–max)', 'N', ...VARIANTS]];
for (const n of SIZES)
  rows.push([`shipped, gzip (B, HTML + JS)`, `${n}`, ...VARIANTS.map((v) => `${bytes[v][n].total}`)]);
for (const n of SIZES)
  rows.push(['render → painted (ms)', `${n}`, ...VARIANTS.map((v) => cell(summary[v][n].render, ms))]);
for (const n of SIZES)
  rows.push(['JS heap after GC (KB)', `${n}`, ...VARIANTS.map((v) => cell(summary[v][n].heap, kb))]);
rows.push(['JS heap per extra FAQ (KB)', '', ...VARIANTS.map((v) => cell(summary[v].heapPerExtra, kb))]);
for (const n of SIZES)
  rows.push(['toggle → next frame (ms)', `${n}`, ...VARIANTS.map((v) => cell(summary[v][n].toggle, ms))]);
for (const n of SIZES) {
  rows.push([
    'toggle → updated + layout (ms)',
    `${n}`,
    ...VARIANTS.map((v) => cell(summary[v][n].toggleWork, ms)),
  ]);
}

const ratioRows = [['same-run ratio (median, min–max)', 'knead/static', 'knead/lit']];
for (const [key, label] of [
  ['render100', 'render, N=100'],
  ['heapPerExtra', 'heap per extra FAQ'],
  ['toggle1', 'toggle → next frame, N=1'],
  ['toggle100', 'toggle → next frame, N=100'],
  ['toggleWork100', 'toggle → updated + layout, N=100'],
]) {
  ratioRows.push([label, cell(ratios['knead/static'][key], times), cell(ratios['knead/lit'][key], times)]);
}
// Noise on a shared machine only ever adds time, so the fastest runs are the other honest view.
const fastest = (variant) => summary[variant][100].render.min;
ratioRows.push([
  'render, N=100, fastest run of each',
  times(fastest('knead') / fastest('static')),
  times(fastest('knead') / fastest('lit')),
]);

const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(
  `\nKnead FAQ bench: ${runs} runs, ${toggles} toggles per page, Chromium ${browser.version()}, ${seconds} s`,
);
console.log(`JS bundles (gzip): lit ${bytes.lit[1].js} B, knead ${bytes.knead[1].js} B; 1 KB = ${KB} B\n`);
console.log(table(rows).join('\n'));
console.log('');
console.log(table(ratioRows).join('\n'));
if (!vsStatic.heapPerExtra) console.log('(heap knead/static: n/a, static keeps ~0 B of JS heap per FAQ)');
console.log('\nTargets');
for (const t of targets) console.log(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.value}`);

const results = {
  date: new Date().toISOString(),
  chromium: browser.version(),
  runs,
  toggles,
  bytes,
  summary,
  ratios,
  targets,
  samples,
};
await writeFile(`${out}/results.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nResults: ${cacheDir}/results.json`);
