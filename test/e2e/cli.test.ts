import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npx @knead/widgets html …`: the built command line, as a CMS user runs it.
const cli = (...args: string[]) =>
  spawnSync('node', ['packages/widgets/bin/knead.mjs', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'knead-cli-'));
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('knead-widgets html', () => {
  it('prints the script tag and the pre-rendered element', () => {
    const content = file(
      'faq.json',
      JSON.stringify({
        faq: { items: [{ id: 'parking', question: '¿Dónde aparco?', answer: 'Detrás del spa.' }] },
      }),
    );
    const r = cli('html', 'faq', '--locale', 'es', '--content', content, '--searchable', '--heading-level=3');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const [script, element] = r.stdout.trim().split('\n');
    expect(script).toMatch(
      /^<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/@knead\/widgets@[\d.]+\/dist\/knead-loader\.js" defer><\/script>$/,
    );
    expect(element).toMatch(
      /^<knead-faq searchable heading-level="3" locale="es"><template shadowrootmode="open">/,
    );
    expect(element).toContain('¿Dónde aparco?');
    expect(element).toContain('<script type="application/json">');
  });

  it('takes a base for self-hosting and the classic script', () => {
    const r = cli('html', 'knead-benefits', '--base', '/knead', '--script', 'classic', '--layout', 'grid');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^<script src="\/knead\/knead\.js" defer><\/script>\n<knead-benefits layout="grid">/,
    );
    expect(r.stdout).toContain('href="/knead/styles/benefits.css"');
  });

  it.each([
    [['html', 'spa'], 'unknown widget "spa"'],
    [['html', 'faq', '--heading-level', '9'], 'heading-level="9" is not valid (expected 2 to 6)'],
    [['html', 'faq', '--colour', 'red'], '<knead-faq> has no attribute or option "--colour"'],
    [['html', 'faq', '--locale', 'xx'], 'locale "xx" has no content'],
    [['html', 'faq', '--content', '/no/such/file.json'], 'cannot read --content /no/such/file.json'],
    [['html', 'faq', '--script', 'inline'], '--script is loader, classic or none'],
    [['html', 'faq', '--locale'], '--locale needs a value'],
    [['publish'], 'unknown command "publish"'],
  ])('refuses %j with a clear message, a non-zero exit and nothing on stdout', (args, message) => {
    const r = cli(...args);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('refuses invalid content, naming the path', () => {
    const bad = file('bad.json', JSON.stringify({ faq: { items: [{ id: 'x', question: 42 }] } }));
    const r = cli('html', 'faq', '--content', bad);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/content is invalid: faq\.items\[\d\]/);
    const json = cli('html', 'faq', '--content', file('broken.json', '{ "faq": '));
    expect(json.stderr).toContain('is not valid JSON');
  });
});
