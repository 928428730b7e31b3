import { css } from 'lit';

/** The schedule's layout around its sessions (which use the session styles). Knob: --course-schedule-gap. */
export const styles = css`
:host{--_gap:var(--course-schedule-gap,.75em)}
[part=base]{display:grid;gap:1em}
[part=course-title]{font-size:1.5em}
[part=summary]{max-inline-size:70ch}
[part=toolbar]{display:flex;flex-wrap:wrap;gap:1em;align-items:start;justify-content:space-between}
[part=switch]{display:flex}
[part=switch] .btn{border-radius:0}
[part=switch] .btn:first-child{border-start-start-radius:var(--_radius);border-end-start-radius:var(--_radius)}
[part=switch] .btn:last-child{border-start-end-radius:var(--_radius);border-end-end-radius:var(--_radius)}
[aria-pressed=true]{background:var(--_accent);color:var(--_on-accent);font-weight:600}
@media (forced-colors:active){[aria-pressed=true]{forced-color-adjust:none;background:Highlight;color:HighlightText}}
[part=group-title]{margin-block:.5em;font-size:1.25em}
[part=list]{display:grid;gap:var(--_gap)}
`;
