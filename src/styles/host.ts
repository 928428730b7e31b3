import { css } from 'lit';

/**
 * The shared base of every element's styles: a host reset, the `--cw-*` theme tokens read
 * through private aliases (`--_radius`, `--_space`, what component CSS uses) and
 * reduced-motion basics. The colours (light and dark, forced colors) are in color-scheme.ts.
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
 * - `.visually-hidden` hides text visually but not from screen readers (link names, status
 *   regions).
 *
 * Tokens: --cw-color-background, -text, -muted, -border, -accent, -on-accent, -live, -danger;
 * --cw-radius, --cw-space, --cw-focus-ring, --cw-font-size, --cw-font-family.
 */
export const hostStyles = css`
  :host {
    --_radius: var(--cw-radius, 0.375em);
    --_space: var(--cw-space, 0.75em);
    display: block;
    color: var(--_text);
    font: 400 var(--cw-font-size, medium) / 1.45 var(--cw-font-family, system-ui, sans-serif);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    white-space: normal;
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0s !important;
      scroll-behavior: auto !important;
    }
  }
`;
