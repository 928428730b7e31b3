import { css } from 'lit';

/**
 * The shared base of every element's styles: a host reset, the `--cw-*` theme tokens read
 * through private aliases (`--_x`, what component CSS uses), light and dark defaults, and
 * forced-colors / reduced-motion basics. Written compactly: css`` text ships unminified.
 *
 * - The root size is `medium` (the visitor's default font size, 16px unless they changed
 *   it) and component sizes are in `em`, so a page's `html { font-size: 62.5% }` cannot
 *   shrink us while a visitor's larger default still applies. `--cw-font-size` overrides.
 * - Inherited text styles from the page (`line-height`, `text-transform`, `letter-spacing`,
 *   `word-spacing`) are reset on the host; the page themes through the tokens instead.
 * - `overflow-wrap: anywhere`: a long unbroken word from the feed (a URL-like title, 200
 *   characters of one word) wraps inside the column instead of widening it; text with spaces
 *   still wraps at the spaces.
 * - `box-sizing: border-box` is set on every shadow element, not inherited from the host,
 *   because a page rule such as `* { box-sizing: content-box }` beats `:host` rules.
 * - `.vh` hides text visually but not from screen readers (link names, status regions).
 *
 * Tokens: --cw-color-background, -text, -muted, -border, -accent, -on-accent, -live, -danger;
 * --cw-radius, --cw-space, --cw-focus-ring, --cw-font-size, --cw-font-family.
 */
export const hostStyles = css`
:host{--_bg:var(--cw-color-background,#fff);--_fg:var(--cw-color-text,#1b1f24);--_muted:var(--cw-color-muted,#57606a);--_border:var(--cw-color-border,#d0d7de);--_accent:var(--cw-color-accent,#0b5cad);--_on-accent:var(--cw-color-on-accent,#fff);--_live:var(--cw-color-live,#b3261e);--_danger:var(--cw-color-danger,#b3261e);--_radius:var(--cw-radius,.375em);--_space:var(--cw-space,.75em);--_focus:var(--cw-focus-ring,2px solid var(--_accent));display:block;color:var(--_fg);font:400 var(--cw-font-size,medium)/1.45 var(--cw-font-family,system-ui,sans-serif);letter-spacing:normal;word-spacing:normal;text-transform:none;text-align:start;white-space:normal;overflow-wrap:anywhere}
:host([hidden]){display:none}
*,::before,::after{box-sizing:border-box}
:focus-visible{outline:var(--_focus);outline-offset:2px}
.vh{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (prefers-color-scheme:dark){:host{--_bg:var(--cw-color-background,#161b22);--_fg:var(--cw-color-text,#e6edf3);--_muted:var(--cw-color-muted,#9198a1);--_border:var(--cw-color-border,#3d444d);--_accent:var(--cw-color-accent,#6cb6ff);--_on-accent:var(--cw-color-on-accent,#0d1117);--_live:var(--cw-color-live,#ff8182);--_danger:var(--cw-color-danger,#ff8182)}}
@media (forced-colors:active){:host{--_accent:LinkText;--_on-accent:Canvas;--_border:CanvasText;--_live:Highlight;--_focus:2px solid Highlight}}
@media (prefers-reduced-motion:reduce){*,::before,::after{animation-duration:0s!important;animation-iteration-count:1!important;transition-duration:0s!important;scroll-behavior:auto!important}}
`;
