// Builds <knead-faq> with faq.preact-signals.view.tsx in place of the shipped view (everything else
// the same source), minified like the bench's other variants, to node_modules/.cache/knead-variants/.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
await esbuild.build({
  absWorkingDir: root,
  entryPoints: { 'knead-preact-signals': 'packages/widgets/src/faq/faq.define.ts' },
  outdir: 'node_modules/.cache/knead-variants',
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  alias: { '@knead/content': './packages/content/src/index.ts' },
  nodePaths: [`${root}packages/widgets/node_modules`],
  plugins: [
    {
      name: 'preact-signals-view',
      setup(build) {
        build.onResolve({ filter: /\/faq\.view$/ }, () => ({ path: `${here}faq.preact-signals.view.tsx` }));
        // `import css from './faq.css?raw'`, minified, as the package build does (scripts/css.ts).
        build.onResolve({ filter: /\.css\?raw$/ }, (args) => ({
          path: resolve(args.resolveDir || dirname(args.importer), args.path.slice(0, -4)),
          namespace: 'css-text',
        }));
        build.onLoad({ filter: /.*/, namespace: 'css-text' }, async (args) => {
          const { code } = await esbuild.transform(await readFile(args.path, 'utf8'), {
            loader: 'css',
            minify: true,
          });
          return { contents: `export default ${JSON.stringify(code.trim())};`, loader: 'js' };
        });
      },
    },
  ],
  logLevel: 'warning',
});
