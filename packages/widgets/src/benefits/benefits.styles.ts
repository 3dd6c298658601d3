// The grid uses auto-fit rather than auto-fill: five cards share a wide row instead of leaving empty
// tracks beside them, and it still reflows to one column at 320 px.
/** The benefits' own styles (the shared tokens come first). */
export const benefitsStyles = `.intro{display:grid;gap:.5rem;margin-bottom:1.25rem}.intro>:first-child{font-size:1.3em}
dl{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,13rem),1fr))}
dl>div{padding-inline-start:.9rem;border-inline-start:2px solid var(--_accent)}dt{font-weight:600}dd{margin:0}
ul{display:grid;gap:.75rem;list-style:none}
li{display:flex;gap:1rem;align-items:start;padding:1.1rem 1.25rem;background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius)}
li>div{display:grid;gap:.3rem}button{justify-self:start;font-size:.85em}
svg{flex:none;width:3rem;height:3rem;padding:.65rem;border-radius:50%;color:var(--_accent);background:color-mix(in srgb,var(--_accent) 12%,transparent)}
.grid ul{grid-template-columns:repeat(auto-fit,minmax(min(100%,12rem),1fr))}.grid li{flex-direction:column}
.compact ul{gap:0}.compact li{padding:.8rem 0;background:0 0;border-width:0 0 1px;border-radius:0}.compact li:last-child{border:0}`;
