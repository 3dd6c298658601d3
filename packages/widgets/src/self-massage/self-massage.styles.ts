/** The self-massage stepper's own styles (the shared tokens come first). */
export const selfMassageStyles = `
.steps{list-style:none;display:flex;gap:.5rem;counter-reset:s;font-size:.85em;color:var(--_muted)}
.steps li{flex:1;counter-increment:s;display:grid;gap:.35rem;align-content:start;line-height:1.3}
.steps li::before{content:counter(s);display:grid;place-items:center;width:2em;height:2em;border:1px solid var(--_border);border-radius:50%;background:var(--_surface);font-weight:600}
[data-past]::before{border-color:var(--_accent);color:var(--_accent)}
[aria-current]{color:var(--_text);font-weight:600}
[aria-current]::before{background:var(--_accent);border-color:var(--_accent);color:var(--_on-accent)}
progress{appearance:none;display:block;width:100%;height:.35rem;margin-block:1rem;border:0;border-radius:9px;overflow:hidden;background:var(--_border)}
progress::-webkit-progress-bar{background:0 0}
progress::-webkit-progress-value{background:var(--_accent);transition:width var(--_speed)}
progress::-moz-progress-bar{background:var(--_accent)}
.panel{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,13rem),1fr));gap:1rem 1.75rem;align-items:center;padding:1.4em;background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius);animation:in var(--_speed) ease-out}
@keyframes in{from{opacity:0;translate:0 .4rem}}
.art{width:100%;max-height:12rem;color:var(--_accent);fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.spine{stroke-width:2.5;stroke-dasharray:0 5}
.dots{stroke-width:7}
.title{font-size:1.4em;outline-offset:4px}
.eyebrow{display:block;margin-block-end:.25rem;font-size:.6em;font-weight:600;letter-spacing:.06em;color:var(--_muted)}
.panel p{margin-block-start:.6rem}
.timer{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;font-weight:600;font-variant-numeric:tabular-nums}
.tips{list-style:none;display:grid;gap:.35rem;margin-block:.7rem}
.tips li::before{content:'';display:inline-block;width:.35em;height:.7em;margin:0 .75em .2em .2em;border:solid var(--_accent);border-width:0 2px 2px 0;rotate:45deg}
.nav{display:flex;flex-wrap:wrap;gap:.6rem;margin-block-start:var(--_space)}
.nav :first-child{margin-inline-end:auto}
`;
