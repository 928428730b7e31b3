import { css } from 'lit';

/**
 * What differs between the screen and paper, for every element (the README lists print as a
 * use of `now`). Printed with the browser's defaults, backgrounds are dropped: a link drawn as
 * white text on the accent would vanish, and a pressed "Your time" button would look disabled.
 *
 * On paper:
 * - descriptions print in full (their later paragraphs are in the DOM, hidden on screen only),
 *   and "Show more" is gone;
 * - interactive chrome is gone: every button (time switch, Show more, Retry, Pause), the
 *   add-to-calendar disclosures; the schedule prints the time choice in words instead
 *   (`.print-only`: "Times in Pacific Daylight Time");
 * - links are dark underlined text with their web address after them;
 * - colours are the light scheme's, whatever the page's.
 * `!important` on the hidden chrome: each element's own display rules come later.
 */
export const printStyles = css`
  @media not print {
    .print-only {
      display: none;
    }
    .clamped > p + p {
      display: none;
    }
  }
  @media print {
    :host {
      color-scheme: light;
    }
    button,
    details[part~='calendar'],
    [part~='switch'],
    [part~='skeleton'] {
      display: none !important;
    }
    div.clamped {
      display: block;
      overflow: visible;
      -webkit-line-clamp: none;
    }
    a[href] {
      display: inline;
      border-color: currentColor;
      background: none;
      color: var(--_text);
      text-decoration: underline;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-weight: 400;
    }
  }
`;
