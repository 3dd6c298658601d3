/** The technique picker's own styles (the shared tokens come first). */
export const techniquePickerStyles = `section{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:start}
section>div{flex:1 1 16rem;display:grid;gap:1rem}section>div+div{flex:999 1 20rem}
fieldset{border:0;display:flex;flex-wrap:wrap;gap:.5rem}legend{font-weight:600;margin-bottom:.6rem}
label{display:flex;align-items:center;gap:.5em;padding:.35em .9em;border:1px solid var(--_border);border-radius:1.2em}
label:has(:checked),[aria-pressed=true]{background:color-mix(in srgb,var(--_accent) 14%,transparent)}
label:has(:checked),[data-selected]{border-color:var(--_accent)}[data-selected]{box-shadow:0 0 0 1px var(--_accent)}
label:has(:focus-visible){outline:3px solid var(--_accent);outline-offset:2px}label :focus-visible{outline:0}
input{margin:0;accent-color:var(--_accent)}ol{display:grid;gap:.75rem;list-style:none}
li{display:grid;gap:.5rem;padding:1.1rem 1.25rem;background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius)}
.reason{font-size:.9em;font-weight:600;color:var(--_accent)}:not([data-match])>.reason{font-weight:400;color:var(--_muted)}
.warning{padding:.5em .8em;border-radius:8px;background:var(--_mark)}
dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem 1rem;font-size:.92em}dt{color:var(--_muted)}dd{margin:0}
li>div{display:flex;flex-wrap:wrap;gap:.5rem}a{text-decoration:none}[aria-pressed=true]::before{content:"✓ "/""}`;
