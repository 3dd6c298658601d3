// Writes the demo page's pre-rendered widgets (examples/script-tag/index.html, between the
// `<!-- knead:prerender <widget> -->` markers) with the built renderer, from the specs below;
// `--check` fails if the page is not what it would write (a test runs it). Run after `pnpm build`.
import { readFileSync, writeFileSync } from 'node:fs';
import { renderWidget } from '../packages/widgets/dist/render.js';

const page = 'examples/script-tag/index.html';
const base = '../../packages/widgets/dist/';
const widgets = {
  benefits: {
    tag: 'knead-benefits',
    attributes: { layout: 'grid', expandable: true, intro: true, 'heading-level': 3 },
  },
  faq: {
    tag: 'knead-faq',
    attributes: { searchable: true, 'structured-data': true, 'link-hash': true, 'heading-level': 3 },
    content: JSON.parse(readFileSync('examples/script-tag/faq-content.json', 'utf8')),
  },
};

const before = readFileSync(page, 'utf8');
const after = before.replace(
  /( *)<!-- knead:prerender ([a-z-]+) -->[\s\S]*?<!-- \/knead:prerender -->/g,
  (_, indent, name) => {
    const { tag, attributes, content } = widgets[name];
    const html = renderWidget(tag, { attributes, content, base });
    return `${indent}<!-- knead:prerender ${name} -->\n${indent}${html}\n${indent}<!-- /knead:prerender -->`;
  },
);
if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error(`${page} is out of date: run \`node scripts/prerender-demo.mjs\``);
    process.exit(1);
  }
} else writeFileSync(page, after);
