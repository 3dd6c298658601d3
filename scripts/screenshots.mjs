// Screenshots of every widget on the demo page (light and dark, 360 px and 1280 px) for a human to look at.
// Usage: node scripts/screenshots.mjs [out-dir] [locale …]   (after `pnpm build`; default locale: en)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';
import { startServer } from './serve.mjs';

const [out = 'screenshots', ...langs] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await startServer();
const base = `http://127.0.0.1:${server.address().port}/examples/script-tag/`;
const browser = await chromium.launch(chromiumLaunchOptions);
for (const lang of langs.length ? langs : ['en'])
  for (const width of [360, 1280]) {
    for (const theme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
      await page.goto(base);
      if (theme === 'dark') await page.click('.theme-switch');
      // The page's language, as its language switch sets it; the widgets follow <html lang>.
      await page.evaluate((lang) => {
        document.documentElement.lang = lang;
        document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
      }, lang);
      await page.waitForTimeout(500);
      for (const tag of [
        'knead-benefits',
        'knead-technique-picker',
        'knead-precautions',
        'knead-self-massage',
        'knead-faq',
      ]) {
        const el = page.locator(tag).first();
        if (!(await el.count()) || !(await el.evaluate((e) => e.shadowRoot))) continue;
        await el.screenshot({ path: `${out}/${tag.slice(6)}-${lang}-${theme}-${width}.png` });
      }
      await page.screenshot({ path: `${out}/page-${lang}-${theme}-${width}.png`, fullPage: width === 1280 });
      await page.close();
    }
  }
await browser.close();
server.close();
console.log(`Screenshots in ${out}/`);
