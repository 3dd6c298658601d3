// A widget's stylesheet, imported as text (`./faq.css?raw`): vite and Storybook read the file as it is,
// the build minifies it (scripts/css.mjs).
declare module '*.css?raw' {
  const css: string;
  export default css;
}
