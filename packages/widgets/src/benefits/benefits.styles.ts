// The CSS is benefits.css, readable; the build ships it minified (scripts/css.mjs), vite and Storybook read it as it is.
/** The benefits' own styles (the shared tokens come first). */
export { default as benefitsStyles } from './benefits.css?raw';
