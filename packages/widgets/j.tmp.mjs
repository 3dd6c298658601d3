import * as esbuild from 'esbuild';
import { gzipSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
writeFileSync('/tmp/hinject.js', "export { h, Fragment } from 'preact';");
for (const entry of ['src/faq/faq.define.ts', 'src/classic.ts']) for (const mode of ['automatic', 'transform']) {
  const r = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, outfile: '/tmp/o.js', alias: { '@knead/content': '../content/src/index.ts' }, nodePaths: ['node_modules'],
    ...(mode === 'automatic' ? { jsx: 'automatic', jsxImportSource: 'preact' } : { jsx: 'transform', jsxFactory: 'h', jsxFragment: 'Fragment', inject: ['/tmp/hinject.js'] }) });
  const out = r.outputFiles[0].contents;
  console.log(entry, mode, out.length, gzipSync(out, { level: 9 }).length);
}
