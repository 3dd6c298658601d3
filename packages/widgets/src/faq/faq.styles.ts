// The CSS is faq.css, readable; the build ships it minified (scripts/css.mjs), vite and Storybook read it as it is.
/** The FAQ's own styles (the shared tokens come first). */
export { default as faqStyles } from './faq.css?raw';
