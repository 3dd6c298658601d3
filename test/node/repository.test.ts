import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../packages/widgets/src/internal/version';

const json = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

describe('repository invariants', () => {
  it('reports the package version at runtime', () => {
    expect(VERSION).toBe(json('packages/widgets/package.json').version);
  });

  it('has README reference tables that match the custom elements manifest', () => {
    expect(() => execFileSync('node', ['scripts/docs.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('has a demo page whose pre-rendered widgets match the renderer', () => {
    expect(() =>
      execFileSync('node', ['scripts/prerender-demo.mjs', '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('never renders content as HTML', () => {
    const pattern = 'innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|outerHTML|document\\.write';
    let hits = '';
    try {
      // git grep exits 1 when nothing matches: that is the passing case. (`packages/*/src` alone matched
      // no file: a pathspec glob must reach the files.)
      hits = execFileSync('git', ['grep', '-n', '-E', pattern, '--', 'packages/*/src/**'], {
        encoding: 'utf8',
      });
    } catch {}
    // The exceptions: the React and Vue server-rendering wrappers pass the renderer's own escaped
    // output (@knead/widgets/render: content is text in it, inline JSON with `<` escaped) as the element's
    // children, which is what a pre-render is. Nothing else may.
    const allowed =
      /^packages\/(react\/src\/component\.ts|widgets\/src\/vue\/component\.ts):\d+:.*\b(dangerouslySetInnerHTML|innerHTML)\b/;
    expect(
      hits
        .split('\n')
        .filter((line) => line && !allowed.test(line))
        .join('\n'),
    ).toBe('');
  });
});
