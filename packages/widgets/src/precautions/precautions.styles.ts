/** The precautions checker's own styles (the shared tokens come first). */
export const precautionsStyles = `
:host{--_caution:var(--knead-caution,light-dark(#a3621b,#e6b46c))}
.base{display:grid;gap:calc(var(--_space)*1.25);grid-template-columns:repeat(auto-fit,minmax(min(100%,17rem),1fr));align-items:start}
fieldset{border:0;display:grid;gap:.5rem}
legend,label{font-weight:600}
legend{margin-block-end:.7rem}
.check{display:flex;align-items:center;gap:.75rem;padding:.7em .95em;background:var(--_surface);border:1px solid var(--_border);border-radius:calc(var(--_radius)*.7);font-weight:400;cursor:pointer;transition:border-color var(--_speed)}
.check:hover,.check:has(:checked){border-color:var(--_accent)}
.none{margin-block-start:.4rem;border-style:dashed}
input{flex:none;width:1.15rem;height:1.15rem;margin:0;accent-color:var(--_accent)}
.field{display:grid;gap:.4rem;margin-block-start:calc(var(--_space)*1.25)}
select{width:100%;padding:.65em .95em;border:1px solid var(--_border);border-radius:calc(var(--_radius)*.7);background:var(--_surface)}
.verdict{--_tone:var(--_accent);display:flex;gap:.85rem;padding:1.1em 1.2em;background:color-mix(in srgb,var(--_tone) 9%,var(--_surface));border:1px solid var(--_border);border-inline-start:4px solid var(--_tone);border-radius:var(--_radius)}
.verdict:not([data-verdict=ok]){--_tone:var(--_caution)}
.title{font-size:1.2em;margin-block:.15rem .3rem}
.icon{flex:none;color:var(--_tone);fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.why{font-weight:600;margin-block-start:.75rem}
ul{padding-inline-start:1.1em;color:var(--_muted)}
.disclaimer{grid-column:1/-1;font-size:.875em;border-block-start:1px solid var(--_border);padding-block-start:.75rem}
`;
