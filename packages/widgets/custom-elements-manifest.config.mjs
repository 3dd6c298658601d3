// The manifest comes from the element classes' JSDoc only (one source for docs, Storybook and typings).
export default {
  globs: ['src/**/*.element.ts'],
  outdir: '.',
  dev: false,
};
