/** The FAQ's own styles (the shared tokens come first). */
export const faqStyles = `
.search{display:grid;gap:.4rem;margin-block-end:var(--_space)}
.search label{font-weight:600}
.search input{width:100%;padding:.65em .95em;border:1px solid var(--_border);border-radius:calc(var(--_radius) * .7);background:var(--_surface)}
.search p{font-size:.9em}
.list{display:grid;gap:.6rem}
.item{background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius);transition:border-color var(--_speed)}
.item[data-open]{border-color:var(--_accent)}
.question button{display:flex;align-items:center;justify-content:space-between;gap:1rem;width:100%;padding:.9em 1.1em;border:0;border-radius:var(--_radius);background:none;text-align:start;font-weight:600;line-height:1.35}
.question button:hover{color:var(--_accent)}
.chevron{color:var(--_accent);transition:transform var(--_speed)}
[data-open] .chevron{transform:rotate(180deg)}
.answer{display:grid;grid-template-rows:0fr;visibility:hidden;transition:grid-template-rows var(--_speed) ease,visibility var(--_speed)}
[data-open] .answer{grid-template-rows:1fr;visibility:visible}
.answer>div{overflow:hidden}
.answer p{padding:0 1.1em 1em;color:var(--_muted)}
.empty{display:flex;flex-wrap:wrap;align-items:center;gap:.75rem;padding:1em 1.1em;border:1px dashed var(--_border);border-radius:var(--_radius);margin-block-end:.6rem}
.empty p{flex:1 1 12rem}
`;
