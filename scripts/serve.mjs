// A tiny static file server for the demo page and the end-to-end tests (no dependencies).
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const root = resolve(fileURLToPath(import.meta.url), '../..');

/** Serves the repository root; `headers(path)` adds response headers (a CSP, say). */
export function startServer({ port = 0, headers = () => ({}) } = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) return res.writeHead(403).end();
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      statSync(path);
    } catch {
      return res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
    res.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      // Fresh files while developing, except the pre-render stylesheets: every pre-rendered element
      // links its widget's sheet, and a CDN lets the browser fetch it once a page, as this does.
      'cache-control': /dist\/styles\/[\w-]+\.css$/.test(url.pathname) ? 'max-age=60' : 'no-store',
      ...headers(url.pathname),
    });
    createReadStream(path).pipe(res);
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const server = await startServer({ port });
  const base = `http://localhost:${server.address().port}`;
  console.log(`\n  Knead demo page:  ${base}/examples/script-tag/\n  (Ctrl+C to stop)\n`);
}
