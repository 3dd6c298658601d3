import type { Options } from 'tsup';

/** The esbuild plugin that turns `./faq.css?raw` into that file's minified CSS, as a string. */
export const cssText: NonNullable<Options['esbuildPlugins']>[number];
