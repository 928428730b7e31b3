import { css } from 'lit';

/**
 * The compact box of <register-button> and <countdown-timer>: their content (`base`) and their
 * load error (`error`, from internal/load-error.ts) wrap as one row of items on the element's
 * own background, and the stale note (`notice`) takes a line of its own in muted small text.
 */
export const boxStyles = css`
  [part='base'],
  [part='error'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: 0.5em;
    border-radius: var(--_radius);
    background: var(--_background);
  }

  p {
    margin: 0;
  }

  [part='notice'] {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
