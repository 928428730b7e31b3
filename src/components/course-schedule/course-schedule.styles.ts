import { css } from 'lit';

/**
 * The schedule's layout around its sessions (which use the session styles). Knob:
 * --course-schedule-gap.
 */
export const styles = css`
  :host {
    --_gap: var(--course-schedule-gap, 0.75em);
  }

  [part='base'],
  [part='list'] {
    display: grid;
    gap: var(--_gap);
  }

  [part='base'] {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  [part='course-title'] {
    font-size: 1.5em;
  }

  li {
    content-visibility: auto;
    contain-intrinsic-size: auto 12em;
  }

  [part='group-title'] {
    margin-block: 0.5em;
    font-size: 1.25em;
  }

  [part='toolbar'],
  [part='switch'] {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    justify-content: space-between;
  }

  [part='switch'] {
    gap: 0.25em;
  }

  [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }

  @media (forced-colors: active) {
    [aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
