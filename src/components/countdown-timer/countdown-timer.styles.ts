import { css } from 'lit';

/**
 * Knobs (copied into private aliases): --countdown-timer-time-size, -time-color, -live-color.
 * Sizes in em, logical properties only; the element paints its own background
 * (--cw-color-background) since its text follows the visitor's dark scheme; the Join link
 * and the pause button keep a 24px+ target and show a border in forced-colors mode.
 */
export const styles = css`
  :host {
    --_time-size: var(--countdown-timer-time-size, 1.5em);
    --_time-color: var(--countdown-timer-time-color, var(--_text));
    --_live-color: var(--countdown-timer-live-color, var(--_live));
  }

  [part='label'] {
    flex-basis: 100%;
    font-weight: 600;
  }

  [part='time'] {
    display: inline-block;
    color: var(--_time-color);
    font-size: var(--_time-size);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .live [part='status'] {
    color: var(--_live-color);
    font-weight: 700;
  }

  a,
  button {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.25em;
    padding: 0.25em 1em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }

  a {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  button {
    border-color: var(--_border);
    background: none;
    color: inherit;
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    a,
    button {
      border-color: ButtonText;
    }
  }
`;
