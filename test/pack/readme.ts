import { readFileSync } from 'node:fs';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The fenced code blocks of one README section (from its `## heading` to the next heading of that level). */
export function codeBlocks(heading: string, lang: string): string[] {
  const start = readme.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`README has no "${heading}" section`);
  const level = heading.split(' ')[0];
  const rest = readme.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`\\n${level} `));
  const section = end < 0 ? rest : rest.slice(0, end);
  return [...section.matchAll(/```(\w+)\n([\s\S]*?)\n```/g)].filter((m) => m[1] === lang).map((m) => m[2]);
}

/** The one code block of that language in that section. */
export function codeBlock(heading: string, lang: string): string {
  const blocks = codeBlocks(heading, lang);
  if (blocks.length !== 1)
    throw new Error(`README "${heading}" has ${blocks.length} ${lang} blocks, expected 1`);
  return blocks[0];
}
