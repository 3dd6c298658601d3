// The CSS is self-massage.css, readable; the build ships it minified (scripts/css.mjs), vite and Storybook read it as it is.
/** The self-massage stepper's own styles (the shared tokens come first). */
export { default as selfMassageStyles } from './self-massage.css?raw';
