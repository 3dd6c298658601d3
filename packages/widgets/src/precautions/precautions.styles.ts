// The CSS is precautions.css, readable; the build ships it minified (scripts/css.mjs), vite and Storybook read it as it is.
/** The precautions checker's own styles (the shared tokens come first). */
export { default as precautionsStyles } from './precautions.css?raw';
