/** The self-massage stepper's own styles (the shared tokens come first). */
export const selfMassageStyles = `section{container-type:inline-size}
[part=tools]{display:grid;gap:.5rem 1rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,12rem),1fr));list-style:none;padding:0;margin-bottom:var(--_space);color:var(--_muted)}strong{display:block;color:var(--_text)}
ol{list-style:none;display:flex;gap:.5rem;counter-reset:s;font-size:.85em;color:var(--_muted)}ol li{flex:1;counter-increment:s}
ol li::before{content:counter(s);display:grid;place-items:center;width:2em;height:2em;margin-bottom:.4rem;border:1px solid;border-radius:50%}
[data-past]::before{content:"✓"/"";border-color:var(--_accent);color:var(--_accent)}[aria-current]{color:var(--_text);font-weight:600}
[aria-current]::before{border-color:var(--_accent);background:var(--_accent);color:var(--_on-accent)}
@container (width<32rem){ol span{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}}
progress{width:100%;margin:.8rem 0;accent-color:var(--_accent)}
.panel{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:center;padding:1.4em;background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius);animation:in var(--_speed)}
@keyframes in{from{opacity:0}}.panel>div{flex:999 1 15rem}.panel p{margin-top:.6rem}
svg{flex:1 1 12rem;max-height:11rem;fill:none;stroke:var(--_accent);stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.spine{stroke-width:2.5;stroke-dasharray:0 5}.dots{stroke-width:7}
[tabindex]{font-size:1.4em}[tabindex] span{display:block;font-size:.6em;color:var(--_muted)}
[part=timer]{display:flex;align-items:center;gap:1rem;font-weight:600;font-variant-numeric:tabular-nums}
ul{margin:.6rem 0;padding-inline-start:1.5em;list-style:'✓  '}::marker{color:var(--_accent)}
[part=nav]{display:flex;flex-wrap:wrap;gap:.6rem;margin-top:var(--_space)}[part=nav] :first-child{margin-inline-end:auto}
.quiet+.quiet{border-color:transparent;padding-inline:.6em}
@container (width<24rem){[part=nav] button{flex:1 0 auto}}`;
