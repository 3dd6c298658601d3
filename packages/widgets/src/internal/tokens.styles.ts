// Public styling is `--knead-*` custom properties; each resolves into a private `--_*` one so that
// light and dark themes change the defaults while a site's own value always wins.
const dark =
  '--_accent:var(--knead-accent,#8fcbb6);--_on-accent:var(--knead-on-accent,#10201b);--_text:var(--knead-text,#f4efe9);--_muted:var(--knead-muted,#c3b8ad);--_bg:var(--knead-background,#1e1b19);--_surface:var(--knead-surface,#2a2623);--_border:var(--knead-border,#4a433d);--_mark:var(--knead-highlight,#6b5a2a);color-scheme:dark';

/** Tokens, theme switching and the base look every widget shares (one sheet for all instances). */
export const tokens = `
:host{--_accent:var(--knead-accent,#2f6a59);--_on-accent:var(--knead-on-accent,#fff);--_text:var(--knead-text,#2b2521);--_muted:var(--knead-muted,#655b53);--_bg:var(--knead-background,#fbf8f4);--_surface:var(--knead-surface,#fff);--_border:var(--knead-border,#e3dad0);--_mark:var(--knead-highlight,#f6e2a8);--_radius:var(--knead-radius,14px);--_space:var(--knead-spacing,1rem);--_font:var(--knead-font-family,inherit);--_speed:var(--knead-duration,.22s);
display:block;box-sizing:border-box;color:var(--_text);background:var(--_bg);font-family:var(--_font);line-height:1.55;border-radius:var(--_radius);padding:var(--_space);color-scheme:light}
:host([theme=dark]){${dark}}
@media (prefers-color-scheme:dark){:host([theme=auto]){${dark}}}
:host([hidden]){display:none}
*,*::before,*::after{box-sizing:inherit}
h2,h3,h4,h5,h6,p,ol,ul,fieldset{margin:0;padding:0}
h2,h3,h4,h5,h6{font-size:1.05em;line-height:1.3}
button,input,select{font:inherit;color:inherit}
button{cursor:pointer}
:focus-visible{outline:3px solid var(--_accent);outline-offset:2px}
.btn{border:1px solid var(--_accent);background:var(--_accent);color:var(--_on-accent);border-radius:999px;padding:.45em 1.1em;font-weight:600}
.btn.quiet{background:transparent;color:var(--_accent)}
.btn:disabled{opacity:.45;cursor:default}
mark{background:var(--_mark);color:inherit;border-radius:3px}
.muted{color:var(--_muted)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
svg{flex:none}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{transition:none!important;animation:none!important;scroll-behavior:auto!important}}
`;
