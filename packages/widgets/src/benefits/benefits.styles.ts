/** The benefits' own styles (the shared tokens come first). */
export const benefitsStyles = `
.intro{display:grid;gap:.5rem;margin-block-end:1.5rem}
.intro>:first-child{font-size:1.3em}
dl,.grid .list{display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,13rem),1fr))}
dl>div{padding-inline-start:.9rem;border-inline-start:2px solid var(--_accent)}
dt{font-weight:600}
dd{margin:0}
.list{display:grid;gap:.75rem;list-style:none}
.item{display:flex;gap:1rem;align-items:start;padding:1.1rem 1.25rem;background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius)}
.item>div{display:grid;gap:.3rem}
.icon{flex:none;width:2.75rem;height:2.75rem;padding:.6rem;border-radius:50%;color:var(--_accent);background:color-mix(in srgb,var(--_accent) 12%,transparent)}
.more{justify-self:start;font-size:.85em}
.grid .item{flex-direction:column}
.compact .list{gap:0}
.compact .item{padding:.8rem 0;background:0 0;border-width:0 0 1px;border-radius:0}
`;
