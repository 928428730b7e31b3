import { css } from 'lit';

/**
 * A session's styles, shared by <session-card> and <course-schedule> (whose sessions take the
 * same --session-card-* knobs). Knobs are copied into private aliases; sizes in em; logical
 * properties only (right-to-left pages). Compact: css`` ships as written.
 */
export const sessionStyles = css`
:host{--_cb:var(--session-card-background,var(--_bg));--_cc:var(--session-card-border-color,var(--_border));--_cp:var(--session-card-padding,1em);--_cr:var(--session-card-radius,var(--_radius))}
p,ul,h1,h2,h3,h4,h5,h6{margin:0}
ul{padding:0;list-style:none}
a{color:var(--_accent)}
h1,h2,h3,h4,h5,h6{font-size:1.125em;line-height:1.3}
.s{display:grid;gap:.5em;padding:var(--_cp);border:1px solid var(--_cc);border-radius:var(--_cr);background:var(--_cb)}
.break{gap:.25em;padding-block:.5em;border-style:dashed;background:none}
.break h1,.break h2,.break h3,.break h4,.break h5,.break h6{font-size:1em}
.live,.next{border-inline-start:.3em solid var(--_live)}
.next{border-inline-start-color:var(--_accent)}
.m,[part=event-time],.break,[part~=notice]{color:var(--_muted);font-size:.875em}
.break .m{font-size:1em}
[part=status]{display:flex;flex-wrap:wrap;gap:.5em;align-items:center}
.b{padding:0 .5em;border:1px solid;border-radius:1em;font-size:.875em}
.live .p{color:var(--_live);font-weight:600}
.cancelled .p,.postponed .p{color:var(--_danger)}
.cancelled [part=time]{text-decoration:line-through}
[part~=description] p{white-space:pre-line}
[part~=description] p+p{margin-block-start:.5em}
.clamp{display:-webkit-box;-webkit-box-orient:vertical;-webkit-line-clamp:3;overflow:hidden}
button,summary{min-block-size:1.5em;padding:0;border:0;background:none;color:var(--_accent);font:inherit;text-decoration:underline;cursor:pointer;justify-self:start}
details a{margin-inline-end:1em}
.btn{padding:.25em 1em;border:1px solid;border-radius:var(--_radius);text-decoration:none}
[part=skeleton] i{display:block;block-size:1em;margin-block:.5em;border:1px solid transparent;border-radius:.25em;background:var(--_border);animation:p 1s infinite alternate}
[part=skeleton] i:first-of-type{inline-size:60%}
@keyframes p{to{opacity:.4}}
[part=error]{display:grid;gap:.5em;padding:var(--_cp);border:1px solid var(--_danger);border-radius:var(--_cr)}
.vh{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;
