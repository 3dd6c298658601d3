// An esbuild plugin for the tsup builds: `import css from './faq.css?raw'` becomes the file's CSS,
// minified by esbuild's CSS minifier, as a string. Vite, vitest and Storybook understand the same import
// natively (`?raw`: the file as it is), so the sources stay readable CSS files with comments.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** @type {import("esbuild").Plugin} */
export const cssText = {
  name: 'knead-css-text',
  setup(build) {
    // The path keeps its `?raw`: tsup's own CSS loader claims every path that ends in `.css`.
    build.onResolve({ filter: /\.css\?raw$/ }, (args) => ({
      path: resolve(args.resolveDir || dirname(args.importer), args.path),
      namespace: 'knead-css-text',
    }));
    build.onLoad({ filter: /\?raw$/, namespace: 'knead-css-text' }, async (args) => {
      const file = args.path.slice(0, -'?raw'.length);
      const source = await readFile(file, 'utf8');
      // No target: nothing is lowered, the CSS ships as written (light-dark(), @starting-style…).
      const { code } = await build.esbuild.transform(source, {
        loader: 'css',
        minify: true,
        charset: 'utf8',
        sourcefile: file,
      });
      return { contents: `export default ${JSON.stringify(code.trim())};`, loader: 'js', watchFiles: [file] };
    });
  },
};
