/** The FAQ's own styles (the shared tokens come first). */
export const faqStyles = `.search{display:grid;gap:.4rem;margin-bottom:var(--_space)}label,.q{font-weight:600}
input{padding:.65em .95em;border:1px solid var(--_border);border-radius:10px;background:var(--_surface)}
.list{display:grid;gap:.6rem}
.item{background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius)}.item[data-open]{border-color:var(--_accent)}
.q{display:flex;align-items:center;justify-content:space-between;gap:1rem;width:100%;padding:.9em 1.1em;border:0;border-radius:var(--_radius);background:0 0;text-align:start}
.q:hover,svg{color:var(--_accent)}svg{flex:none;transition:transform var(--_speed)}[data-open] svg{rotate:180deg}
.answer{display:grid;grid-template-rows:0fr;visibility:hidden;transition:all var(--_speed)}[data-open] .answer{grid-template-rows:1fr;visibility:visible}
.answer>div{overflow:hidden}.answer p{padding:0 1.1em 1em;color:var(--_muted)}
.empty{display:flex;flex-wrap:wrap;align-items:center;gap:.75rem;padding:1em 1.1em;border:1px dashed var(--_border);border-radius:var(--_radius);margin-bottom:.6rem}`;
