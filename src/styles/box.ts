import { css } from 'lit';

/**
 * The compact box of <register-button> and <countdown-timer>: their content (`base`) and their
 * load error (`error`, from internal/load-error.ts) wrap as one row of items on the element's
 * own background, and the stale note (`notice`) takes a line of its own in muted small text.
 * Compact: css`` ships as written.
 */
export const boxStyles = css`
[part=base],[part=error]{display:flex;flex-wrap:wrap;align-items:center;gap:.5em 1em;padding:.5em;border-radius:var(--_radius);background:var(--_bg)}
p{margin:0}
[part=notice]{flex-basis:100%;color:var(--_muted);font-size:.875em}
`;
