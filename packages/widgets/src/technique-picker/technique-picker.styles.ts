// The CSS is technique-picker.css, readable; the build ships it minified (scripts/css.mjs), vite and Storybook read it as it is.
/** The technique picker's own styles (the shared tokens come first). */
export { default as techniquePickerStyles } from './technique-picker.css?raw';
