// `pnpm bench [--runs 9] [--toggles 40] [--variants static,vanilla,lit,knead] [--write-readme]`: the bars
// of the performance issue, in headless Chromium. <knead-faq> against static <details> HTML, a
// hand-written custom element (the floor for a JS widget) and a Lit accordion, at 1 and 100 FAQs per
// page; the search keystroke at 100 searchable FAQs against a hand-written filter; and the loader
// pages (one FAQ below the fold; all five widgets through the loader and through knead.js).
// Variants are measured alternately in one run (order rotated each run) so that machine noise hits
// all of them alike; ratios are taken within a run, then their median, range and the fraction of runs
// Knead wins. Not part of `pnpm test`: timings on shared machines are for comparing, not for failing CI.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/serve.mjs';
import {
  allWidgetsPage,
  belowFoldPage,
  classicScript,
  distCopy,
  loaderScript,
  page,
  variants,
} from './pages.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cacheDir = 'node_modules/.cache/knead-bench';
const out = `${root}${cacheDir}`;
const SIZES = [1, 100];
const SEARCH_N = 100;
const WORD = 'soreness'; // typed letter by letter, then cleared: narrows five questions to two, then none
const KB = 1024;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    toggles: { type: 'string', default: '40' },
    loads: { type: 'string', default: '3' },
    variants: {
      type: 'string',
      default: Object.keys(variants)
        .filter((name) => !variants[name].optional)
        .join(),
    },
    'write-readme': { type: 'boolean', default: false },
  },
});
const runs = Number(options.runs);
const toggles = Number(options.toggles);
const loads = Number(options.loads);
const VARIANTS = options.variants.split(',').filter(Boolean);
const usage =
  'usage: node test/bench/bench.mjs [--runs N≥1] [--toggles N≥2] [--loads N≥1] [--variants a,b,…] [--write-readme]';
if (![runs, toggles - 1, loads].every((x) => Number.isInteger(x) && x >= 1)) throw new Error(usage);
for (const name of VARIANTS) {
  if (!variants[name])
    throw new Error(`unknown variant ${name} (known: ${Object.keys(variants).join(', ')})`);
}
const SUBJECTS = VARIANTS.filter((name) => variants[name].subject);
const SEARCHERS = VARIANTS.filter((name) => variants[name].search);
if (!SUBJECTS.length)
  throw new Error('--variants needs at least one Knead variant (subject: true in pages.mjs)');

// --- Inputs: the built packages -------------------------------------------------------------------

// Others may be rebuilding on this machine: wait (up to 3 minutes) until dist/ is complete and has
// not changed for 5 s, then copy what the loader pages load, so a rebuild mid-run changes nothing.
const required = ['packages/widgets/dist/faq.js', 'packages/content/dist/index.js'];
const distFiles = ['knead-loader.js', 'loader/faq.js', 'knead.js'];
const newest = (dir) =>
  readdirSync(dir, { recursive: true }).reduce(
    (t, file) => Math.max(t, statSync(`${dir}/${file}`).mtimeMs),
    0,
  );
let distBuilt = 0;
for (let waited = 0; ; waited += 5) {
  const dist = `${root}packages/widgets/dist`;
  const complete = required.every((file) => existsSync(root + file));
  let settled = false;
  try {
    settled = complete && Date.now() - newest(dist) > 5000;
  } catch {} // a file removed while listing: a build is running
  if (settled) {
    distBuilt = newest(dist);
    break;
  }
  if (waited >= 180) {
    throw new Error(`${required.join(' or ')} missing or changing for 3 minutes: run \`pnpm build\` first`);
  }
  if (waited === 0)
    console.error('waiting for packages/*/dist to be complete and settled (a build running?)');
  await new Promise((done) => setTimeout(done, 5000));
}
// The loader is new: until it is built, its pages are skipped and the rest still runs.
const hasLoader = distFiles.every((file) => existsSync(`${root}packages/widgets/dist/${file}`));
if (hasLoader) {
  await rm(`${out}/${distCopy}`, { recursive: true, force: true });
  await cp(`${root}packages/widgets/dist`, `${out}/${distCopy}`, { recursive: true });
  if (!distFiles.every((file) => existsSync(`${out}/${distCopy}/${file}`))) {
    throw new Error('packages/widgets/dist changed while it was copied (a build running?): run again');
  }
}

// --- Build: each widget variant minified as a site would ship it; write the pages ------------------

const gzip = (text) => gzipSync(text, { level: 9 }).length;
await mkdir(out, { recursive: true });

/**
 * Bundles one variant on its own (no chunks shared with another variant) and returns the gzip bytes a
 * page loads for it: the entry's output and its static imports, read from the metafile. Chunks only
 * reached by dynamic import (the locales) load only for another language, so they are not counted.
 */
async function build(name, entry) {
  const { metafile } = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { [name]: entry },
    outdir: out,
    bundle: true,
    minify: true,
    format: 'esm',
    // Locales are split out (loaded only for another language), as a site's bundler would.
    splitting: true,
    chunkNames: `chunks/${name}-[name]-[hash]`,
    legalComments: 'none', // Lit's licence comments would count against Lit; compare code only
    metafile: true,
    logLevel: 'warning',
    // tsup's ESM entries import a shared chunk bare as well as by name; the bare import is the no-op.
    logOverride: { 'ignored-bare-import': 'silent' },
  });
  const outputs = metafile.outputs;
  const main = Object.keys(outputs).find((file) => outputs[file].entryPoint);
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const { path, kind } of outputs[file].imports) if (kind === 'import-statement') visit(path);
  };
  visit(main);
  let js = 0;
  for (const file of files) js += gzip(await readFile(root + file));
  return { js, files: [...files].map((file) => file.slice(cacheDir.length + 1)) };
}

const harness = await readFile(new URL('./measure.js', import.meta.url), 'utf8');
const bytes = {};
for (const name of VARIANTS) {
  const { entry } = variants[name];
  const { js, files } = entry ? await build(name, entry) : { js: 0, files: [] };
  bytes[name] = { js, files };
  for (const n of SIZES) {
    // Shipped bytes are the page without the harness; the bench loads the page with it.
    bytes[name][n] = gzip(page(name, n)) + js;
    await writeFile(`${out}/${name}-${n}.html`, page(name, n, { harness }));
  }
  if (variants[name].search) {
    await writeFile(
      `${out}/${name}-search-${SEARCH_N}.html`,
      page(name, SEARCH_N, { harness, search: true }),
    );
  }
}
await writeFile(`${out}/loader-below-fold.html`, belowFoldPage());
for (const how of ['loader', 'classic']) await writeFile(`${out}/all-${how}.html`, allWidgetsPage(how));

// --- Measure -------------------------------------------------------------------------------------

// Cross-origin isolated pages read the clock to 5 µs instead of 100 µs (a toggle's work is about 1 ms).
const server = await startServer({
  headers: () => ({
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  }),
});
const base = `http://127.0.0.1:${server.address().port}/${cacheDir}`;
const browser = await chromium.launch(chromiumLaunchOptions);

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** A fresh context (no shared cache or process) and tab; throws at the end if the page reported errors. */
async function withTab(label, fn) {
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
    const result = await fn(tab, context).catch((error) => {
      // A page that did not render usually said why (a 404 while dist/ is being rebuilt, say).
      throw new Error(
        `${label}: ${error.message}${problems.length ? ` (page: ${problems.join('; ')})` : ''}`,
      );
    });
    if (problems.length) throw new Error(`${label}: ${problems.join('; ')}`);
    return result;
  } finally {
    await context.close();
  }
}

/** JS heap after the page is rendered and garbage is gone (a few passes, for weak and finalised objects). */
async function heapAfterGc(context, tab) {
  const cdp = await context.newCDPSession(tab);
  for (let i = 0; i < 4; i++) await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usage.usedSize;
}

/**
 * Watches every .js response of a tab: `total()` is the sum of each file's body gzipped here (the
 * local server does not compress), `quiet()` waits until no request has been in flight for 300 ms.
 */
function network(tab) {
  const sizes = new Map();
  const bodies = [];
  let inFlight = 0;
  let last = performance.now();
  tab.on('request', () => {
    inFlight++;
    last = performance.now();
  });
  const done = () => {
    inFlight--;
    last = performance.now();
  };
  tab.on('requestfinished', done);
  tab.on('requestfailed', done);
  tab.on('response', (response) => {
    if (!new URL(response.url()).pathname.endsWith('.js')) return;
    bodies.push(
      response.body().then(
        (body) => sizes.set(response.url(), gzip(body)),
        () => {}, // a body gone with a closed page
      ),
    );
  });
  return {
    async quiet() {
      while (inFlight > 0 || performance.now() - last < 300)
        await new Promise((done) => setTimeout(done, 50));
      await Promise.all(bodies);
    },
    total: () => [...sizes.values()].reduce((sum, size) => sum + size, 0),
    files: () => [...sizes.keys()].map((url) => new URL(url).pathname.split('/').slice(-2).join('/')),
  };
}

/** One FAQ page load: first paint and render time; on the `full` load also heap and toggles. */
const measureFaq = (name, n, full) =>
  withTab(`${name}-${n}`, async (tab, context) => {
    await tab.goto(`${base}/${name}-${n}.html`);
    const render = await tab.evaluate(() => window.bench.rendered);
    const fcp = await tab.evaluate(() => window.bench.firstPaint());
    if (!full) return { render, fcp };
    const heap = await heapAfterGc(context, tab);
    const times = await tab.evaluate((count) => window.bench.toggle(count), toggles);
    return {
      render,
      fcp,
      heap,
      toggle: median(times.map((t) => t.frame)),
      toggleWork: median(times.map((t) => t.work)),
    };
  });

/** One search page load: the word typed into the first of 100 searchable FAQs, twice, then cleared. */
const measureSearch = (name) =>
  withTab(`${name}-search`, async (tab) => {
    await tab.goto(`${base}/${name}-search-${SEARCH_N}.html`);
    await tab.evaluate(() => window.bench.rendered);
    const { times, counts } = await tab.evaluate((word) => window.bench.search(word, 2), WORD);
    return {
      key: median(times.map((t) => t.frame)),
      keyWork: median(times.map((t) => t.work)),
      counts,
    };
  });

/** Polls in the page, once a frame, until `test()` holds; throws after 15 s. */
const untilInPage = `async (test) => {
  const deadline = performance.now() + 15000;
  while (!test()) {
    if (performance.now() > deadline) throw new Error('timed out waiting for the widget to render');
    await new Promise(requestAnimationFrame);
  }
}`;

/** Page A: one `<knead-faq loading="visible">` below the fold; JS bytes before scrolling and after. */
const measureBelowFold = () =>
  withTab('loader-below-fold', async (tab) => {
    const net = network(tab);
    await tab.goto(`${base}/loader-below-fold.html`);
    await net.quiet();
    const before = net.total();
    const filesBefore = net.files();
    const definedEarly = await tab.evaluate(() => Boolean(customElements.get('knead-faq')));
    const render = await tab.evaluate(
      `(async () => {
        const until = ${untilInPage};
        const host = document.querySelector('knead-faq');
        const start = performance.now();
        host.scrollIntoView();
        await until(() => host.shadowRoot?.querySelectorAll('button[aria-expanded]').length === 5);
        await new Promise(requestAnimationFrame);
        return performance.now() - start;
      })()`,
    );
    await net.quiet();
    return { before, after: net.total(), filesBefore, filesAfter: net.files(), definedEarly, render };
  });

/** Page B: all five widgets through the loader or through knead.js: JS bytes, time to rendered, heap. */
const measureAll = (how, full) =>
  withTab(`all-${how}`, async (tab, context) => {
    const net = network(tab);
    await tab.goto(`${base}/all-${how}.html`);
    const rendered = await Promise.race([
      tab.evaluate(() => window.allRendered),
      new Promise((_, fail) => setTimeout(() => fail(new Error(`all-${how}: not rendered in 15 s`)), 15000)),
    ]);
    if (!full) return { rendered };
    await net.quiet();
    const heap = await heapAfterGc(context, tab);
    return { js: net.total(), files: net.files(), rendered, heap };
  });

const HOWS = ['loader', 'classic'];
const samples = {
  faq: Object.fromEntries(VARIANTS.map((v) => [v, Object.fromEntries(SIZES.map((n) => [n, []]))])),
  search: Object.fromEntries(SEARCHERS.map((v) => [v, []])),
  belowFold: [],
  all: Object.fromEntries(HOWS.map((how) => [how, []])),
};
const started = performance.now();
if (!hasLoader) {
  console.error(
    'NOTE: packages/widgets/dist/knead-loader.js (or dist/loader/) is not built: loader pages skipped',
  );
}
/**
 * Load times swing most with the other work on the machine, and that noise only ever adds time: each
 * run loads every page `loads` times, interleaved, and keeps the fastest load of each variant. The
 * first load of each also measures what does not need repeating (heap, toggles, bytes).
 */
async function fastestOf(names, measure, rotate) {
  const first = {};
  const loadTimes = Object.fromEntries(names.map((name) => [name, { render: [], fcp: [], rendered: [] }]));
  for (let round = 0; round < loads; round++) {
    for (const name of rotate(names, round)) {
      const result = await measure(name, round === 0);
      first[name] ??= result;
      for (const key of ['render', 'fcp', 'rendered']) {
        if (Number.isFinite(result[key])) loadTimes[name][key].push(result[key]);
      }
    }
  }
  const fastest = (list) => (list.length ? Math.min(...list) : null);
  return Object.fromEntries(
    names.map((name) => {
      const times = loadTimes[name];
      const merged = { ...first[name] };
      for (const key of ['render', 'fcp', 'rendered']) if (key in merged) merged[key] = fastest(times[key]);
      return [name, { ...merged, loads: times }];
    }),
  );
}

try {
  // Warm-up: disk cache, process start-up.
  for (const variant of VARIANTS) await measureFaq(variant, 1, true);
  if (hasLoader) await measureAll('loader', true);
  for (let run = 0; run < runs; run++) {
    const rotate = (list, round = 0) => list.map((_, i) => list[(i + run + round) % list.length]);
    for (const n of SIZES) {
      const got = await fastestOf(VARIANTS, (v, full) => measureFaq(v, n, full), rotate);
      for (const v of VARIANTS) samples.faq[v][n].push(got[v]);
    }
    for (const v of rotate(SEARCHERS)) samples.search[v].push(await measureSearch(v));
    if (hasLoader) {
      samples.belowFold.push(await measureBelowFold());
      const got = await fastestOf(HOWS, measureAll, rotate);
      for (const how of HOWS) samples.all[how].push(got[how]);
    }
    console.error(`run ${run + 1}/${runs} done (${rotate(VARIANTS).join(' → ')})`);
  }
} finally {
  await browser.close();
  server.close();
}
const seconds = Math.round((performance.now() - started) / 1000);

// --- Summarise -------------------------------------------------------------------------------------

// Runs without a value (a first paint Chromium did not report) are left out, and show in the count.
const stats = (all) => {
  const values = all.filter(Number.isFinite);
  if (!values.length) return null;
  return { median: median(values), min: Math.min(...values), max: Math.max(...values), values };
};
const perRun = (fn) => Array.from({ length: runs }, (_, run) => fn(run));
const faqAt = (variant, n, metric) => (run) => samples.faq[variant][n][run][metric];
// The heap a page grows by for each FAQ after the first, from the 1- and 100-FAQ pages of the same run.
const heapPerExtra = (variant) => (run) =>
  (samples.faq[variant][100][run].heap - samples.faq[variant][1][run].heap) / (SIZES[1] - SIZES[0]);

/** Same-run ratios of two per-run series, their spread, and in how many runs the first was lower. */
const compare = (a, b) => {
  const both = perRun((run) => run).filter((run) => Number.isFinite(a(run)) && Number.isFinite(b(run)));
  const ratio = stats(both.map((run) => a(run) / b(run)));
  return ratio && { ...ratio, wins: both.filter((run) => a(run) < b(run)).length, runs: both.length };
};

const plural = (n) => `${n} FAQ${n > 1 ? 's' : ''}`;
// The FAQ measures: label, per-run series of a variant, unit.
const measures = [
  ...SIZES.map((n) => ({
    key: `fcp${n}`,
    label: `first text painted, ${plural(n)}`,
    series: (v) => faqAt(v, n, 'fcp'),
    unit: 'ms',
  })),
  ...SIZES.map((n) => ({
    key: `render${n}`,
    label: `render of ${plural(n)} → painted`,
    series: (v) => faqAt(v, n, 'render'),
    unit: 'ms',
  })),
  ...SIZES.map((n) => ({
    key: `heap${n}`,
    label: `JS heap after GC, ${plural(n)}`,
    series: (v) => faqAt(v, n, 'heap'),
    unit: 'KB',
    noRatio: true,
  })),
  { key: 'heapPerExtra', label: 'JS heap per extra FAQ', series: heapPerExtra, unit: 'KB' },
  ...SIZES.map((n) => ({
    key: `toggle${n}`,
    label: `toggle → next frame, ${plural(n)}`,
    series: (v) => faqAt(v, n, 'toggle'),
    unit: 'ms',
  })),
  ...SIZES.map((n) => ({
    key: `toggleWork${n}`,
    label: `toggle → updated + layout, ${plural(n)}`,
    series: (v) => faqAt(v, n, 'toggleWork'),
    unit: 'ms',
  })),
];

const summary = {};
for (const v of VARIANTS) {
  summary[v] = {};
  for (const m of measures) summary[v][m.key] = stats(perRun(m.series(v)));
}
// Static pages keep no JS object per FAQ (their DOM lives in Blink's heap, which usedSize leaves out):
// a ratio to a growth of less than one small object per FAQ would be noise, so there is none.
const comparable = (m, other) =>
  !(m.key === 'heapPerExtra' && Math.abs(summary[other].heapPerExtra.median) < 64);
const ratios = {};
for (const s of SUBJECTS) {
  for (const other of VARIANTS.filter((v) => v !== s)) {
    const pair = {};
    ratios[`${s}/${other}`] = pair;
    for (const m of measures) {
      if (!m.noRatio && comparable(m, other)) pair[m.key] = compare(m.series(s), m.series(other));
    }
  }
}

const searchSeries = (v, metric) => (run) => samples.search[v][run][metric];
const search = {};
for (const v of SEARCHERS)
  search[v] = {
    key: stats(perRun(searchSeries(v, 'key'))),
    keyWork: stats(perRun(searchSeries(v, 'keyWork'))),
  };
const searchFloor = SEARCHERS.find((v) => !variants[v].subject);
const searchRatios = {};
if (searchFloor) {
  for (const s of SUBJECTS.filter((v) => variants[v].search)) {
    searchRatios[`${s}/${searchFloor}`] = {
      key: compare(searchSeries(s, 'key'), searchSeries(searchFloor, 'key')),
      keyWork: compare(searchSeries(s, 'keyWork'), searchSeries(searchFloor, 'keyWork')),
    };
  }
}

let loader = null;
if (hasLoader) {
  const fold = (metric) => stats(samples.belowFold.map((sample) => sample[metric]));
  const allSeries = (how, metric) => (run) => samples.all[how][run][metric];
  loader = {
    faqOwn: bytes.knead?.js ?? null,
    before: fold('before'),
    after: fold('after'),
    added: stats(samples.belowFold.map((s) => s.after - s.before)),
    render: fold('render'),
    filesBefore: samples.belowFold[0].filesBefore,
    filesAfter: samples.belowFold[0].filesAfter,
    definedEarly: samples.belowFold.filter((s) => s.definedEarly).length,
    all: Object.fromEntries(
      HOWS.map((how) => [
        how,
        {
          js: stats(perRun(allSeries(how, 'js'))),
          rendered: stats(perRun(allSeries(how, 'rendered'))),
          heap: stats(perRun(allSeries(how, 'heap'))),
          files: samples.all[how][0].files,
        },
      ]),
    ),
    ratios: Object.fromEntries(
      ['js', 'rendered', 'heap'].map((metric) => [
        metric,
        compare(allSeries('loader', metric), allSeries('classic', metric)),
      ]),
    ),
  };
}

// --- Targets: the bars of the issue ----------------------------------------------------------------

const times = (x) => `${x.toFixed(2)}×`;
const targets = [];
for (const s of SUBJECTS) {
  const vsLit = ratios[`${s}/lit`];
  if (!vsLit) {
    targets.push({
      name: `${s}: the bars against Lit`,
      pass: null,
      value: 'not measured (lit not in --variants)',
    });
    continue;
  }
  for (const [key, what] of [
    ['toggle1', 'toggle → next frame, 1 FAQ'],
    ['heapPerExtra', 'JS heap per extra FAQ'],
    ['render1', 'render of 1 FAQ'],
    ['render100', 'render of 100 FAQs'],
  ]) {
    const r = vsLit[key];
    if (!r) continue;
    targets.push({
      name: `${s}: ${what} ≤ Lit`,
      pass: r.median <= 1,
      value: `${times(r.median)} Lit, ${s} lower in ${r.wins}/${r.runs} runs`,
    });
  }
}
if (loader) {
  targets.push({
    name: 'loader page, one FAQ below the fold: JS before scrolling ≤ 1.5 KB gzip',
    pass: loader.before.max <= 1.5 * KB,
    value: `${loader.before.max} B`,
  });
  if (loader.faqOwn !== null) {
    targets.push({
      name: "loader page: JS added by scrolling to the FAQ ≤ the FAQ's own ESM size + 1 KB",
      pass: loader.added.max <= loader.faqOwn + KB,
      value: `${loader.added.max} B, limit ${loader.faqOwn} + ${KB} = ${loader.faqOwn + KB} B`,
    });
  }
  if (loader.definedEarly) {
    targets.push({
      name: 'loader page: the FAQ waits for scrolling (loading="visible")',
      pass: false,
      value: `defined before scrolling in ${loader.definedEarly}/${runs} runs`,
    });
  }
} else {
  targets.push({ name: 'loader bars', pass: null, value: 'skipped: dist/knead-loader.js is not built yet' });
}

// --- Report: one set of rows, printed as text and (with --write-readme) as Markdown ---------------

const fmt = {
  ms: (x) => x.toFixed(1),
  KB: (x) => (x / KB).toFixed(2),
};
const range = (s, f) =>
  !s ? 'n/a' : s.min === s.max ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
const ratioCell = (r) =>
  r ? `${times(r.median)} (${r.min.toFixed(2)}–${r.max.toFixed(2)}) ${r.wins}/${r.runs}` : 'n/a';
const label = (v) => variants[v].label ?? v;
const pairLabel = (pair) => pair.split('/').map(label).join(' / ');

const pairs = SUBJECTS.flatMap((s) => VARIANTS.filter((v) => v !== s).map((other) => `${s}/${other}`));
const faqHead = [
  `FAQ page (median of runs, min–max; load times: fastest of ${loads} loads a run)`,
  ...VARIANTS.map(label),
];
const faqRows = [
  ['shipped JS, gzip (KB: the bundle and its static imports)', ...VARIANTS.map((v) => fmt.KB(bytes[v].js))],
  ...SIZES.map((n) => [
    `shipped HTML + JS, gzip, ${plural(n)} (KB)`,
    ...VARIANTS.map((v) => fmt.KB(bytes[v][n])),
  ]),
  ...measures.map((m) => [
    `${m.label} (${m.unit})`,
    ...VARIANTS.map((v) =>
      m.key === 'heapPerExtra' && Math.abs(summary[v][m.key].median) < 64
        ? '~0'
        : range(summary[v][m.key], fmt[m.unit]),
    ),
  ]),
];
const ratioHead = ['same-run ratio (median, min–max, runs Knead was lower)', ...pairs.map(pairLabel)];
const ratioRows = measures
  .filter((m) => !m.noRatio)
  .map((m) => [m.label, ...pairs.map((pair) => ratioCell(ratios[pair][m.key]))]);
// Noise on a shared machine only ever adds time, so the fastest runs are another honest view.
ratioRows.push([
  'render of 100 FAQs, fastest run of each',
  ...pairs.map((pair) => {
    const [s, other] = pair.split('/');
    return times(summary[s].render100.min / summary[other].render100.min);
  }),
]);

const searchHead = [
  `search keystroke, ${SEARCH_N} searchable FAQs (median, min–max)`,
  ...SEARCHERS.map(label),
  ...Object.keys(searchRatios).map(pairLabel),
];
const searchRows = [
  ['keystroke → next frame (ms)', 'key'],
  ['keystroke → updated + layout (ms)', 'keyWork'],
].map(([label, metric]) => [
  label,
  ...SEARCHERS.map((v) => range(search[v][metric], fmt.ms)),
  ...Object.values(searchRatios).map((r) => ratioCell(r[metric])),
]);

const loaderHead = [
  'loader pages (median, min–max)',
  'through the loader',
  'through knead.js',
  'loader / knead.js (runs the loader was lower)',
];
const loaderRows = loader
  ? [
      ['one FAQ below the fold: JS before scrolling, gzip (KB)', range(loader.before, fmt.KB), '', ''],
      ['… JS once scrolled to and rendered, gzip (KB)', range(loader.after, fmt.KB), '', ''],
      [
        `… added by scrolling (KB; the FAQ's own ESM bundle: ${loader.faqOwn === null ? 'n/a' : fmt.KB(loader.faqOwn)} KB)`,
        range(loader.added, fmt.KB),
        '',
        '',
      ],
      ['… scroll → FAQ rendered (ms)', range(loader.render, fmt.ms), '', ''],
      ...[
        ['all five widgets: JS, gzip (KB)', 'js', fmt.KB],
        ['all five widgets: rendered (ms since navigation)', 'rendered', fmt.ms],
        ['all five widgets: JS heap after GC (KB)', 'heap', fmt.KB],
      ].map(([label, metric, f]) => [
        label,
        range(loader.all.loader[metric], f),
        range(loader.all.classic[metric], f),
        ratioCell(loader.ratios[metric]),
      ]),
    ]
  : [];

/** Where a Knead variant is still behind another: the measures whose median ratio is above 1. */
const behindLines = SUBJECTS.flatMap((s) =>
  ['lit', 'vanilla']
    .filter((other) => ratios[`${s}/${other}`])
    .map((other) => {
      const r = ratios[`${s}/${other}`];
      const worse = measures
        .filter((m) => r[m.key] && r[m.key].median > 1 && !m.key.startsWith('fcp'))
        .map(
          (m) => `${m.label} ${times(r[m.key].median)} (lower in ${r[m.key].wins} of ${r[m.key].runs} runs)`,
        );
      return worse.length
        ? `${label(s)} is still behind ${variants[other].prose ?? label(other)} on ${worse.join('; ')}.`
        : `${label(s)} is at or ahead of ${variants[other].prose ?? label(other)} on every FAQ measure.`;
    }),
);
const missed = targets.filter((t) => t.pass === false).map((t) => t.name.replace(/^knead: /, ''));
if (missed.length) behindLines.push(`Bars missed: ${missed.join('; ')}.`);

const textTable = (head, rows) => {
  const all = [head, ...rows];
  const widths = head.map((_, c) => Math.max(...all.map((row) => row[c].length)));
  return all
    .map((row) => row.map((text, c) => (c ? text.padStart(widths[c]) : text.padEnd(widths[c]))).join('   '))
    .join('\n');
};
const mdTable = (head, rows) =>
  [head, head.map(() => '---'), ...rows]
    .map((row) => `| ${row.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`)
    .join('\n');

const chromiumVersion = browser.version();
// What was measured: dist/ is built from the working tree, which may be ahead of the last commit.
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const builtAt = new Date(distBuilt).toISOString().slice(11, 16);
const date = new Date().toISOString();
const heading = `${runs} runs, ${toggles} toggles per page, Chromium ${chromiumVersion}, ${date.slice(0, 16).replace('T', ' ')} UTC, dist/ built ${builtAt} UTC at commit ${commit}, ${seconds} s`;
const noLoader = 'Loader pages skipped: packages/widgets/dist/knead-loader.js is not built yet.';
const targetLine = (t) => `${t.pass === null ? 'SKIP' : t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.value}`;

console.log(`\nKnead bench: ${heading}; 1 KB = ${KB} B\n`);
console.log(textTable(faqHead, faqRows));
console.log(`\n${textTable(ratioHead, ratioRows)}`);
console.log(`\n${textTable(searchHead, searchRows)}`);
console.log(
  `  questions shown as "${WORD}" is typed, then cleared: ${SEARCHERS.map((v) => `${v} ${samples.search[v][0].counts.join(',')}`).join('; ')}`,
);
if (loader) {
  console.log(`\n${textTable(loaderHead, loaderRows)}`);
  console.log(
    `  below the fold, fetched before scrolling: ${loader.filesBefore.join(', ') || 'nothing'}; after: ${loader.filesAfter.join(', ')}`,
  );
  for (const how of HOWS)
    console.log(
      `  all five ${how === 'loader' ? `via ${loaderScript}` : `via ${classicScript}`}: ${loader.all[how].files.join(', ')}`,
    );
} else console.log(`\n${noLoader}`);
console.log('\nWhere Knead is behind');
for (const line of behindLines) console.log(`  ${line}`);
console.log('\nTargets (the bars of issue 15)');
for (const t of targets) console.log(`  ${targetLine(t)}`);

const results = {
  date,
  chromium: chromiumVersion,
  runs,
  toggles,
  seconds,
  bytes,
  summary,
  ratios,
  search,
  searchRatios,
  loader,
  targets,
  samples,
};
await writeFile(`${out}/results.json`, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nResults: ${cacheDir}/results.json`);

if (options['write-readme']) {
  const markdown = [
    `Written by \`pnpm bench --write-readme\`: ${heading.replace(/, \d+ s$/, '')}. Each cell is the median over runs with the`,
    'range in brackets; a ratio is Knead over the other, taken within each run, with the number of runs Knead was lower.',
    '',
    mdTable(faqHead, faqRows),
    '',
    mdTable(ratioHead, ratioRows),
    '',
    mdTable(searchHead, searchRows),
    '',
    loader ? mdTable(loaderHead, loaderRows) : noLoader,
    '',
    ...behindLines,
    '',
    ...targets.map((t) => `- ${targetLine(t)}`),
  ].join('\n');
  const readme = `${root}README.md`;
  const text = await readFile(readme, 'utf8'); // read now: others edit other sections meanwhile
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const [from, to] = [text.indexOf(start), text.indexOf(end)];
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} … ${end} block`);
  await writeFile(readme, `${text.slice(0, from + start.length)}\n${markdown}\n${text.slice(to)}`);
  console.log('README.md: bench block rewritten');
}
