import { css } from 'lit';

/**
 * Colours that follow the HOST PAGE's colour scheme, not the visitor's operating system.
 *
 * Every default is a `light-dark()` pair, which resolves by the element's used `color-scheme`.
 * That property inherits into the shadow root from the page: a page that declares nothing is
 * light (even when the visitor's system is dark), `color-scheme: dark` on the page or any
 * ancestor gives dark, and `color-scheme: light dark` follows the system. A site that wants
 * the widgets alone to follow the system writes one line:
 * `course-schedule, session-card, register-button, countdown-timer { color-scheme: light dark }`.
 * (A media query on `prefers-color-scheme` cannot do this: it sees the system, never the page.)
 *
 * A site's accent (`--cw-color-accent`) stays readable whatever it is:
 * - text on the accent (the Register button, the pressed switch, Join) is `contrast-color()`,
 *   black or white, whichever contrasts more: at least 4.58:1 against any colour;
 * - the accent as text (links, disclosures) is the accent with its OKLCH lightness capped at
 *   0.5 and chroma at 0.16 on light, raised to at least 0.8 on dark: a dark accent is used as
 *   is on light, a light one as is on dark. Checked over 1,152 accents (36 hues x 8 lightnesses
 *   x 4 chromas, as Chromium paints them): at least 5.0:1 on light and 4.95:1 on dark.
 * Browsers without `contrast-color()` or relative colours keep the fixed companions.
 * `--cw-color-on-accent` still overrides the text on the accent.
 *
 * Private aliases: --_background, --_text, --_muted, --_border, --_accent (the fill), --_on-accent,
 * --_accent-text (the accent as text), --_live, --_danger, --_focus-ring.
 */
export const colorSchemeStyles = css`
  :host {
    --_background: var(--cw-color-background, light-dark(#fff, #161b22));
    --_text: var(--cw-color-text, light-dark(#1b1f24, #e6edf3));
    --_muted: var(--cw-color-muted, light-dark(#57606a, #9198a1));
    --_border: var(--cw-color-border, light-dark(#d0d7de, #3d444d));
    --_accent: var(--cw-color-accent, light-dark(#0b5cad, #6cb6ff));
    --_on-accent: var(--cw-color-on-accent, light-dark(#fff, #0d1117));
    --_accent-text: var(--_accent);
    --_live: var(--cw-color-live, light-dark(#b3261e, #ff8182));
    --_danger: var(--cw-color-danger, light-dark(#b3261e, #ff8182));
    --_focus-ring: var(--cw-focus-ring, 2px solid var(--_accent-text));
  }
  @supports (color: contrast-color(red)) {
    :host {
      --_on-accent: var(--cw-color-on-accent, contrast-color(var(--_accent)));
    }
  }
  @supports (color: oklch(from red l c h)) {
    :host {
      --_accent-text: light-dark(
        oklch(from var(--_accent) min(l, 0.5) min(c, 0.16) h),
        oklch(from var(--_accent) max(l, 0.8) c h)
      );
    }
  }
  @media (forced-colors: active) {
    :host {
      --_accent: LinkText;
      --_accent-text: LinkText;
      --_on-accent: Canvas;
      --_border: CanvasText;
      --_live: Highlight;
      --_focus-ring: 2px solid Highlight;
    }
  }
`;
