// Each question is a card: its heading is the top, its answer (when open) the bottom. Closed answers
// are display:none (no layout, out of the accessibility tree); they still animate where the browser
// can interpolate `height: auto` and transition `display`.
/** The FAQ's own styles (the shared tokens come first). */
export const faqStyles = `:host{interpolate-size:allow-keywords}.search{display:grid;gap:.4rem;margin-bottom:var(--_space)}label,.q{font-weight:600}
input{padding:.65em .95em;border:1px solid var(--_border);border-radius:10px;background:var(--_surface)}
[part=list]>*{background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius)}
[part=list]>[data-open]{border-color:var(--_accent);border-bottom:0;border-radius:var(--_radius) var(--_radius) 0 0}
[part=list]>section+*{margin-top:.6rem}
.q{position:relative;display:block;width:100%;padding-block:.9em;padding-inline:1.1em 2.8em;border:0;border-radius:var(--_radius);background:0 0;text-align:start}
.q:hover{color:var(--_accent)}
.q::after{content:"";position:absolute;inset-inline-end:1.3em;top:calc(50% - .4em);width:.5em;height:.5em;border:solid var(--_accent);border-width:0 2px 2px 0;rotate:45deg;transition:rotate var(--_speed),top var(--_speed)}
[data-open] .q::after{rotate:225deg;top:calc(50% - .15em)}
section[part=answer]{display:none;height:0;overflow:hidden;padding:0 1.1em;color:var(--_muted);border-color:var(--_accent);border-top:0;border-radius:0 0 var(--_radius) var(--_radius);transition:height var(--_speed),display var(--_speed) allow-discrete}
[data-open]+[part=answer]{display:block;height:auto;padding-bottom:1em}
@starting-style{[data-open]+[part=answer]{height:0}}
.empty{display:flex;flex-wrap:wrap;align-items:center;gap:.75rem;padding:1em 1.1em;border:1px dashed var(--_border);border-radius:var(--_radius);margin-bottom:.6rem}`;
