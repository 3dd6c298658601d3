import { chromium } from 'playwright';
for (const extra of [[], ['--disable-frame-rate-limit', '--disable-gpu-vsync']]) {
  const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', ...extra] });
  const p = await b.newPage();
  await p.setContent('<p>x</p>');
  const r = await p.evaluate(async () => { const t=[]; let last=performance.now(); for (let i=0;i<20;i++){ await new Promise(requestAnimationFrame); const n=performance.now(); t.push(+(n-last).toFixed(2)); last=n;} return t; });
  console.log(extra.join(' ') || 'default', r.join(' '));
  await b.close();
}
