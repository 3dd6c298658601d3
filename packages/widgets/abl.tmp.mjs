import * as esbuild from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
const entry = process.argv[2];
const stubs = {
  none: {},
  tokens: { 'tokens.styles.ts': 'export const tokens = ""' },
  faqcss: { 'faq.styles.ts': 'export const faqStyles = ""' },
  sd: { 'faq.structured-data.ts': 'export const publishFaqStructuredData = () => {}' },
  schema: { 'schema.ts': 'export const isObj=(v)=>typeof v==="object"&&v!==null&&!Array.isArray(v); export const validate=()=>[]; export const faqSchema=0,benefitsSchema=0,introSchema=0,techniquesSchema=0,precautionsSchema=0,selfMassageSchema=0,therapistSchema=0; export const schemas={}' },
  en: { 'en.ts': readFileSync('../content/src/locales/en.ts','utf8').replace(/'(?:[^'\\]|\\.){12,}'/g, "''") },
};
for (const [name, map] of Object.entries(stubs)) {
  const r = await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, jsx: 'automatic', jsxImportSource: 'preact', outfile: '/tmp/out.js', alias: { '@knead/content': '../content/src/index.ts' },
    plugins: [{ name: 's', setup(b) { b.onLoad({ filter: /\.tsx?$/ }, (a) => { const k = Object.keys(map).find((k) => a.path.endsWith('/' + k)); return k ? { contents: map[k], loader: 'ts' } : undefined; }); } }] });
  const out = r.outputFiles[0].contents;
  console.log(name.padEnd(8), out.length, gzipSync(out, { level: 9 }).length);
}
