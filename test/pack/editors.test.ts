import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLanguageService, newHTMLDataProvider, TextDocument } from 'vscode-html-languageservice';

// What an editor gets from the published package: VS Code's own HTML language service (the engine behind
// its HTML completions) fed the packed `dist/vscode.html-custom-data.json`, as `html.customData` does, and
// the `web-types` file JetBrains IDEs find through package.json.
const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'knead-editors-'));
let pkg: string;

beforeAll(() => {
  execFileSync('npx', ['-y', 'pnpm@12.4.2', 'pack', '--pack-destination', work], {
    cwd: join(root, 'packages/widgets'),
    stdio: 'pipe',
  });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
  execFileSync('tar', ['xzf', join(work, tarball)], { cwd: work });
  pkg = join(work, 'package');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The completion labels at `|` in a new HTML file. */
function complete(html: string): string[] {
  const data = JSON.parse(readFileSync(join(pkg, 'dist/vscode.html-custom-data.json'), 'utf8'));
  const service = getLanguageService({ customDataProviders: [newHTMLDataProvider('knead', data)] });
  const offset = html.indexOf('|');
  const doc = TextDocument.create('file:///new.html', 'html', 1, html.replace('|', ''));
  return service
    .doComplete(doc, doc.positionAt(offset), service.parseHTMLDocument(doc))
    .items.map((i) => i.label);
}

describe('editor support in the published package', () => {
  it('VS Code completes the tags, their attributes and their values', () => {
    expect(complete('<knead-|')).toEqual(
      expect.arrayContaining([
        'knead-benefits',
        'knead-faq',
        'knead-precautions',
        'knead-self-massage',
        'knead-technique-picker',
      ]),
    );
    expect(complete('<knead-faq sea|')).toContain('searchable');
    expect(complete('<knead-faq searchable |')).toEqual(expect.arrayContaining(['structured-data', 'theme']));
    expect(complete('<knead-faq theme="|"')).toEqual(['light', 'dark', 'auto']);
    expect(complete('<knead-benefits layout="|"')).toEqual(['list', 'grid', 'compact']);
  });

  it('JetBrains IDEs find web-types through package.json, with every element', () => {
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
    const webTypes = JSON.parse(readFileSync(join(pkg, manifest['web-types']), 'utf8'));
    expect(webTypes.name).toBe('@knead/widgets');
    const faq = webTypes.contributions.html.elements.find((e: { name: string }) => e.name === 'knead-faq');
    expect(faq.attributes.map((a: { name: string }) => a.name)).toContain('searchable');
    expect(faq.js.events.map((e: { name: string }) => e.name)).toContain('knead-faq-toggle');
  });

  it('has a custom elements manifest whose modules are files the package ships, each defining its element', () => {
    const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
    const cem = JSON.parse(readFileSync(join(pkg, manifest.customElements), 'utf8'));
    const definitions = cem.modules.flatMap(
      (mod: { path: string; exports: { kind: string; name: string; declaration: { name: string } }[] }) => {
        expect(existsSync(join(pkg, mod.path)), mod.path).toBe(true);
        const code = readFileSync(join(pkg, mod.path), 'utf8');
        return mod.exports
          .filter((e) => e.kind === 'custom-element-definition')
          .map((e) => {
            expect(code, mod.path).toMatch(new RegExp(`export \\{[^}]*\\b${e.declaration.name}\\b`));
            return `${e.name} ${mod.path}`;
          });
      },
    );
    expect(definitions.sort()).toEqual([
      'knead-benefits dist/benefits.js',
      'knead-faq dist/faq.js',
      'knead-precautions dist/precautions.js',
      'knead-self-massage dist/self-massage.js',
      'knead-technique-picker dist/technique-picker.js',
    ]);
  });
});
