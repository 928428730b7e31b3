import { css } from 'lit';

/**
 * A session's styles, shared by <session-card> and <course-schedule> (whose sessions take the
 * same --session-card-* knobs). Knobs are copied into private aliases; sizes in em; logical
 * properties only (right-to-left pages). Buttons, summaries and standalone links (Join, Watch
 * recording, calendar) are at least 1.5em (24px) tall: WCAG 2.5.8's minimum target. The load
 * error sits in the same box as a session.
 */
export const sessionStyles = css`
  :host {
    --_card-background: var(--session-card-background, var(--_background));
    --_card-border-color: var(--session-card-border-color, var(--_border));
    --_card-padding: var(--session-card-padding, 1em);
    --_card-radius: var(--session-card-radius, var(--_radius));
  }

  * {
    margin: 0;
  }

  ul {
    padding: 0;
    list-style: none;
  }

  a,
  button,
  summary {
    color: var(--_accent-text);
  }

  [part='title'] {
    font-size: 1.125em;
    line-height: 1.3;
  }

  .session,
  [part='error'] {
    display: grid;
    gap: 0.5em;
    padding: var(--_card-padding);
    border: 1px solid var(--_card-border-color);
    border-radius: var(--_card-radius);
    background: var(--_card-background);
  }

  .break {
    gap: 0;
    padding-block: 0.5em;
    border-style: dashed;
    background: none;
    color: var(--_muted);
  }

  .break [part='title'] {
    font-size: 1em;
  }

  .live,
  .next {
    border-inline-start: 0.3em solid var(--_live);
  }

  .next {
    border-inline-start-color: var(--_accent);
  }

  .muted,
  .details,
  [part='event-time'],
  [part~='notice'] {
    color: var(--_muted);
    font-size: 0.875em;
  }

  [part='status'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }

  .badge {
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 1em;
    font-size: 0.875em;
  }

  .live .phase {
    color: var(--_live);
    font-weight: 600;
  }

  .cancelled .phase,
  .postponed .phase {
    color: var(--_danger);
  }

  .cancelled [part='time'] {
    text-decoration: line-through;
  }

  [part='description'] p {
    white-space: pre-line;
  }

  .clamped {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }

  button,
  summary {
    min-block-size: 1.5em;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
    justify-self: start;
  }

  [part='link'] {
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5em;
  }

  details a {
    margin-inline-end: 1em;
  }

  .retry,
  .outlined-button {
    padding: 0.25em 1em;
    border: 1px solid;
    border-radius: var(--_radius);
    text-decoration: none;
  }

  .skeleton-line {
    display: block;
    block-size: 1em;
    margin-block: 0.5em;
    border: 1px solid transparent;
    border-radius: 0.25em;
    background: var(--_border);
    animation: skeleton-pulse 1s infinite alternate;
  }

  @keyframes skeleton-pulse {
    to {
      opacity: 0.4;
    }
  }
`;
