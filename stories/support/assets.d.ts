// Vite's `?url&no-inline` import: the URL of a file emitted as is (see stories/support/stories.ts).
declare module '*?url&no-inline' {
  const url: string;
  export default url;
}
