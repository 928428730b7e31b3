import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { CountdownTimerElement } from '../src/components/countdown-timer/countdown-timer.js';
import { RegisterButtonElement } from '../src/components/register-button/register-button.js';
import { AT, seedWithLinks } from './support.js';

RegisterButtonElement.define();
CountdownTimerElement.define();

/** The library-wide tokens of src/styles/host.ts, as the story's controls. Empty means the element's default. */
const TOKENS = {
  background: '--cw-color-background',
  text: '--cw-color-text',
  muted: '--cw-color-muted',
  border: '--cw-color-border',
  accent: '--cw-color-accent',
  onAccent: '--cw-color-on-accent',
  live: '--cw-color-live',
  danger: '--cw-color-danger',
  radius: '--cw-radius',
  space: '--cw-space',
  focusRing: '--cw-focus-ring',
  fontSize: '--cw-font-size',
  fontFamily: '--cw-font-family',
} as const;

type Args = Partial<Record<keyof typeof TOKENS, string>>;

const DESCRIPTIONS: Record<keyof typeof TOKENS, string> = {
  background: 'Background of cards and panels.',
  text: 'Body text.',
  muted: 'Secondary text: zone labels, durations, notes.',
  border: 'Borders and dividers.',
  accent: 'Links, buttons, focus ring, the "next" marker.',
  onAccent: 'Text on accent-coloured buttons.',
  live: '"Live now" and the live marker.',
  danger: 'Errors and cancelled sessions.',
  radius: 'Corner radius (e.g. 0, 4px, .75em).',
  space: 'The base spacing unit (e.g. .75em).',
  focusRing: 'The focus outline (e.g. 3px solid #c98a1b).',
  fontSize:
    "Root size of the widgets (default `medium`, the visitor's default size; not the page's `html` size).",
  fontFamily: "Font stack (default system-ui). `inherit` takes the page's font.",
};

/**
 * Every `--cw-*` custom property as a control. Set them on any ancestor of the elements
 * (here a wrapper `<div>`); they pass into the shadow trees. Setting the colour tokens also
 * fixes the theme regardless of the visitor's light/dark preference, which is how the
 * toolbar's Light/Dark choices work. Per-element knobs (`--register-button-*`,
 * `--countdown-timer-*`) and `::part()` rules are listed on each element's Docs page.
 */
const meta: Meta<Args> = {
  title: 'Theming/Tokens',
  argTypes: Object.fromEntries(
    Object.entries(TOKENS).map(([key, token]) => [
      key,
      {
        name: token,
        description: DESCRIPTIONS[key as keyof typeof TOKENS],
        control:
          key in { radius: 1, space: 1, focusRing: 1, fontSize: 1, fontFamily: 1 }
            ? 'text'
            : 'color',
        table: { category: 'Tokens' },
      },
    ]),
  ),
  render: (args) => {
    const style = Object.fromEntries(
      Object.entries(TOKENS).flatMap(([key, token]) =>
        args[key as keyof Args] ? [[token, args[key as keyof Args]!]] : [],
      ),
    );
    return html`<div style=${styleMap({ display: 'grid', gap: '1.25rem', maxWidth: '40rem', ...style })}>
      <countdown-timer .course=${seedWithLinks} now=${AT.finalHour}></countdown-timer>
      <countdown-timer .course=${seedWithLinks} now=${AT.week1Live}></countdown-timer>
      <register-button .course=${seedWithLinks} now=${AT.closingSoon}></register-button>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** No tokens set: the built-in light or dark palette, following the visitor's preference. */
export const Defaults: Story = {};

/** A public library's green, serif-free type, softer corners. */
export const LibraryGreen: Story = {
  args: {
    accent: '#1d5c4d',
    border: '#dcd8cf',
    live: '#a4262c',
    radius: '10px',
    fontFamily: 'Georgia, serif',
  },
};

/** A forced dark theme, whatever the visitor's OS says. */
export const ForcedDark: Story = {
  args: {
    background: '#10141a',
    text: '#f0f3f6',
    muted: '#a7b1bc',
    border: '#3d444d',
    accent: '#ffd27a',
    onAccent: '#10141a',
    live: '#ff8182',
    danger: '#ff8182',
  },
  render: (args, ctx) =>
    html`<div style="background:#10141a;padding:1rem">${meta.render!(args, ctx)}</div>`,
};

/** Square, dense and bold: small radius, tight spacing, a thick focus ring. */
export const Compact: Story = {
  args: {
    radius: '0',
    space: '.5em',
    fontSize: '14px',
    focusRing: '3px solid #c98a1b',
    accent: '#3b1f6e',
  },
};
