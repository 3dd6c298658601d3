/** The technique picker's own styles (the shared tokens come first). */
export const techniquePickerStyles = `
.picker{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:start}
.filters{flex:1 1 15rem;display:grid;gap:1.25rem}
.results{flex:999 1 20rem;display:grid;gap:.75rem}
fieldset{border:0;display:flex;flex-wrap:wrap;gap:.5rem}
legend{font-weight:600;margin-block-end:.6rem}
label{display:flex;align-items:center;gap:.5em;padding:.35em .9em;border:1px solid var(--_border);border-radius:99px;background:var(--_surface);cursor:pointer}
label:has(:checked){border-color:var(--_accent);background:color-mix(in srgb,var(--_accent) 12%,var(--_surface))}
input{margin:0;accent-color:var(--_accent)}
.list{display:grid;gap:.75rem;list-style:none}
.card{display:grid;gap:.5rem;padding:1.1rem 1.25rem;background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius)}
[data-selected]{border-color:var(--_accent);box-shadow:0 0 0 1px var(--_accent)}
.card>:first-child{font-size:1.15em}
.reason{font-size:.9em;font-weight:600;color:var(--_accent)}
:not([data-match])>.reason{font-weight:400;color:var(--_muted)}
.warning{padding:.5em .8em;border-radius:8px;background:var(--_mark)}
dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem 1rem;font-size:.92em}
dt{color:var(--_muted)}
dd{margin:0}
.actions{display:flex;flex-wrap:wrap;gap:.5rem}
a{text-decoration:none}
[aria-pressed=true]{background:color-mix(in srgb,var(--_accent) 14%,transparent)}
[aria-pressed=true]::before{content:"✓ "/""}
`;
