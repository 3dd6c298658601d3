/** The precautions checker's own styles (the shared tokens come first). */
export const precautionsStyles = `section{display:flex;flex-wrap:wrap;align-items:start;gap:1.25rem 2rem}section>div{flex:1 1 17rem}
fieldset{border:0;display:grid;gap:.5rem}legend,label,#why{font-weight:600}legend{margin-bottom:.7rem}
fieldset label{display:flex;align-items:center;gap:.75rem;padding:.7em .95em;background:var(--_surface);border:1px solid var(--_border);border-radius:calc(var(--_radius)*.7);font-weight:400;cursor:pointer}
fieldset label:is(:hover,:has(:checked)){border-color:var(--_accent)}label:last-child{margin-top:.5rem}
input{width:1.15rem;height:1.15rem;margin:0;accent-color:var(--_accent)}
[part=technique]{display:grid;gap:.4rem;margin-top:1.25rem}
select{padding:.65em .95em;border:1px solid var(--_border);border-radius:calc(var(--_radius)*.7);background:var(--_surface)}
[part=verdict]{--_tone:var(--_caution);display:flex;align-items:start;gap:.85rem;padding:1.1em 1.2em;background:color-mix(in srgb,var(--_tone) 9%,var(--_surface));border:1px solid var(--_border);border-inline-start:4px solid var(--_tone);border-radius:var(--_radius)}
[data-verdict=ok]{--_tone:var(--_accent)}
.title{font-size:1.2em;margin:.15rem 0 .3rem}#why{margin-top:.75rem}ul{padding-inline-start:1.1em;color:var(--_muted)}
svg{flex:none;width:1.9em;fill:none;stroke:var(--_tone);stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
[part=disclaimer]{flex-basis:100%;font-size:.875em;border-top:1px solid var(--_border);padding-top:.75rem}`;
