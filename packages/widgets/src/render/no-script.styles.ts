// Only in the pre-render's stylesheet (dist/styles/<widget>.css): parts that only pre-rendering adds
// (`.static-only`) stay hidden while the page has JavaScript, so the upgrade finds the same layout.
// Without JavaScript (`scripting: none`), every widget becomes a readable document: all answers, all
// details and steps, the precautions' guidance; the controls that need JavaScript are hidden.
/** The pre-render's styles for pages without JavaScript. */
export const noScriptStyles = `.static-only{display:none}
@media (scripting:none){
.static-only{display:block;flex:1 1 100%;font-size:inherit;color:inherit}
.static-only li+li{margin-top:.75rem}
[part=search],[part=toggle],[part=filters],[part=choose],div:has(>[part=conditions]),[part=verdict],[part=steps],[part=progress],[part=step],[part=nav]{display:none}
section[part=answer]{display:block;height:auto;padding-bottom:1em;border-color:var(--_border)}
[part=list]>:is(h2,h3,h4,h5,h6){border-bottom:0;border-radius:var(--_radius) var(--_radius) 0 0}
.q{cursor:auto}.q::before{display:none}
[part=details][hidden]{display:block}
}`;
