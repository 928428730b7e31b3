import { css } from 'lit';

/**
 * A session's styles, shared by <session-card> and <course-schedule> (whose sessions take the
 * same --session-card-* knobs). Knobs are copied into private aliases; sizes in em; logical
 * properties only (right-to-left pages). Buttons, summaries and standalone links (Join, Watch
 * recording, calendar) are at least 1.5em (24px) tall: WCAG 2.5.8's minimum target. Compact:
 * css`` ships as written.
 */
export const sessionStyles = css`
:host{--_cb:var(--session-card-background,var(--_bg));--_cc:var(--session-card-border-color,var(--_border));--_cp:var(--session-card-padding,1em);--_cr:var(--session-card-radius,var(--_radius))}
*{margin:0}
ul{padding:0;list-style:none}
a,button,summary{color:var(--_accent-text)}
[part=title]{font-size:1.125em;line-height:1.3}
.s{display:grid;gap:.5em;padding:var(--_cp);border:1px solid var(--_cc);border-radius:var(--_cr);background:var(--_cb)}
.break{gap:0;padding-block:.5em;border-style:dashed;background:0;color:var(--_muted)}
.break [part=title]{font-size:1em}
.live,.next{border-inline-start:.3em solid var(--_live)}
.next{border-inline-start-color:var(--_accent)}
.m,[part=event-time],[part~=notice]{color:var(--_muted);font-size:.875em}
[part=status]{display:flex;flex-wrap:wrap;gap:.5em;align-items:center}
.b{padding:0 .5em;border:1px solid;border-radius:1em;font-size:.875em}
.live .p{color:var(--_live);font-weight:600}
.cancelled .p,.postponed .p{color:var(--_danger)}
.cancelled [part=time]{text-decoration:line-through}
[part=description] p{white-space:pre-line}
.clamp{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;overflow:hidden}
button,summary{min-block-size:1.5em;padding:0;border:0;background:0;font:inherit;text-decoration:underline;cursor:pointer;justify-self:start}
[part=link]{display:inline-flex;align-items:center;min-block-size:1.5em}
details a{margin-inline-end:1em}
.btn{padding:.25em 1em;border:1px solid;border-radius:var(--_radius);text-decoration:none}
[part=skeleton] i{display:block;block-size:1em;margin-block:.5em;border:1px solid transparent;border-radius:.25em;background:var(--_border);animation:p 1s infinite alternate}
@keyframes p{to{opacity:.4}}
`;
