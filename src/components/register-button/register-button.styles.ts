import { css } from 'lit';

/**
 * Knobs (copied into private aliases): --register-button-background, -color, -radius,
 * -padding. Sizes in em (the host's root size is `medium`, immune to `html{font-size:62.5%}`);
 * logical properties only (right-to-left pages). The element paints its own background
 * (--cw-color-background) in the host page's colour scheme (styles/color-scheme.ts). The link
 * gets a visible border in forced-colors mode, where backgrounds are dropped.
 */
export const styles = css`
  :host {
    --_button-background: var(--register-button-background, var(--_accent));
    --_button-color: var(--register-button-color, var(--_on-accent));
    --_button-radius: var(--register-button-radius, var(--_radius));
    --_button-padding: var(--register-button-padding, 0.625em 1.25em);
  }

  a {
    color: var(--_accent-text);
  }

  [part='button'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 2.75em;
    min-inline-size: 2.75em;
    padding: var(--_button-padding);
    border: 1px solid transparent;
    border-radius: var(--_button-radius);
    background: var(--_button-background);
    color: var(--_button-color);
    font-weight: 600;
    text-decoration: none;
  }

  [part='button']:hover {
    text-decoration: underline;
  }

  [part='status'],
  [part='price'] {
    font-weight: 600;
  }

  [part='note'],
  [part='terms'],
  [part='group-rates'] {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.875em;
  }

  button {
    min-block-size: 2.25em;
    padding: 0.25em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    [part='button'] {
      border-color: ButtonText;
    }
  }
`;
