import * as esbuild from 'esbuild';
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';
const entry = process.argv[2];
const r = await esbuild.build({ entryPoints: [entry], bundle: true, minify: false, format: 'esm', target: 'es2022', write: false, jsx: 'automatic', jsxImportSource: 'preact', outfile: '/tmp/out.js' , alias: { '@knead/content': '../content/src/index.ts' }});
const code = r.outputFiles[0].text;
const e = (await esbuild.transform(code, { minify: true, target: 'es2022' })).code;
console.log('esbuild', e.length, gzipSync(e).length);
for (const opts of [
  { compress: { passes: 3, pure_getters: true }, ecma: 2020, module: true },
  { compress: { passes: 3, pure_getters: true, unsafe: true, unsafe_arrows: true, unsafe_methods: true }, ecma: 2020, module: true, mangle: { properties: { regex: /^#|^_/ } } },
]) {
  const t = (await minify(code, opts)).code;
  console.log('terser', t.length, gzipSync(t).length);
  const t2 = (await esbuild.transform(t, { minify: true, target: 'es2022' })).code;
  console.log(' +esbuild', t2.length, gzipSync(t2).length);
}
