// Public styling is `--knead-*` custom properties; each resolves into a private `--_*` one whose
// default is a light-dark() pair, so the theme attribute only has to set color-scheme.
/** Tokens, theme switching and the base look every widget shares (one sheet for all instances). */
export const tokens = `:host{--_accent:var(--knead-accent,light-dark(#2f6a59,#8fcbb6));--_on-accent:var(--knead-on-accent,light-dark(#fff,#10201b));--_text:var(--knead-text,light-dark(#2b2521,#f4efe9));--_muted:var(--knead-muted,light-dark(#655b53,#c3b8ad));--_bg:var(--knead-background,light-dark(#fbf8f4,#1e1b19));--_surface:var(--knead-surface,light-dark(#fff,#2a2623));--_border:var(--knead-border,light-dark(#e3dad0,#4a433d));--_mark:var(--knead-highlight,light-dark(#f6e2a8,#6b5a2a));--_caution:var(--knead-caution,light-dark(#a3621b,#e6b46c));--_radius:var(--knead-radius,14px);--_space:var(--knead-spacing,1rem);--_speed:var(--knead-duration,.22s);display:block;box-sizing:border-box;overflow-wrap:anywhere;color-scheme:light;color:var(--_text);background:var(--_bg);font-family:var(--knead-font-family,inherit);line-height:1.55;border-radius:var(--_radius);padding:var(--_space)}
:host([theme=dark]){color-scheme:dark}:host([theme=auto]){color-scheme:light dark}:host([hidden]){display:none}
*,::before,::after{box-sizing:inherit}
h2,h3,h4,h5,h6,p,ol,ul,fieldset{margin:0;padding:0;font-size:inherit;line-height:1.35}
button,input,select{font:inherit;color:inherit}button{cursor:pointer}
:focus-visible{outline:3px solid var(--_accent);outline-offset:2px}
.btn{border:1px solid var(--_accent);background:var(--_accent);color:var(--_on-accent);border-radius:99px;padding:.45em 1.1em;font-weight:600}
.quiet{background:0 0;color:var(--_accent)}.btn:disabled{opacity:.45;cursor:default}
mark{background:var(--_mark);color:inherit;border-radius:3px}.muted{color:var(--_muted)}
.root{display:contents}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}`;
