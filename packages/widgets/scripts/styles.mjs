// Writes the pre-render stylesheets (dist/styles/<widget>.css: shared tokens, the widget's styles and the
// no-JavaScript rules), which each pre-rendered element links from inside its shadow root, and copies
// knead.css (space reserved for bare tags before they upgrade).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { prerenderStyles, renderableTags } from '../dist/render.js';

mkdirSync('dist/styles', { recursive: true });
for (const tag of renderableTags())
  writeFileSync(`dist/styles/${tag.slice(6)}.css`, `${prerenderStyles(tag)}\n`);
copyFileSync('src/render/knead.css', 'dist/knead.css');
