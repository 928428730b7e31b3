/// <reference types="vite/client" />
/**
 * Story-wide setup: the custom-elements manifest for autodocs and controls, the offline
 * fake network for the loading/error stories, and four toolbar choices that play the
 * visitor. Each choice is applied to a wrapper element around the story, the same way a
 * host page would do it, because the elements inherit these from their closest ancestor:
 *
 * - Visitor zone: `time-zone` on the wrapper. A page cannot change the browser's own zone,
 *   so "Browser" shows your real zone and the others are what a visitor there would see.
 * - Language: `lang` on the wrapper, every UI language by its own name (each but English loads
 *   on demand, as on a page); Arabic also sets `dir="rtl"`.
 * - Theme: the elements follow `prefers-color-scheme` by themselves, which a page cannot
 *   switch. "Light"/"Dark" set every `--cw-color-*` token on the wrapper (tokens win over the
 *   OS preference), which is exactly how a host page forces a theme; "OS" leaves them unset.
 * - Direction: `dir` on the wrapper (from the language, ltr, rtl).
 *
 * Elements read an ancestor's `lang`/`time-zone` when they update; they do not watch
 * ancestors for changes. So a new zone, language or direction re-creates the story (keyed),
 * as a page that sets these before the elements render would see it.
 */
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import { directionOf, languageFor } from '../src/core/i18n/languages.js';
import { installFakeNetwork } from './fake-network.js';

// custom-elements.json is generated (`npm run analyze`, also part of `npm run build` and
// `npm run build-storybook`) and not committed. A glob, unlike an import, does not fail when
// the file is missing: the stories still work, only autodocs lose their API tables.
const manifests = import.meta.glob<{ default: unknown }>('../custom-elements.json', {
  eager: true,
});
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(manifest);
else
  console.warn(
    'course-widgets stories: no custom-elements.json yet; run `npm run analyze` for API docs.',
  );

installFakeNetwork();

/** The default palette of src/styles/host.ts, so "Light" stays light on a dark OS and vice versa. */
const PALETTES: Record<string, Record<string, string>> = {
  light: {
    '--cw-color-background': '#fff',
    '--cw-color-text': '#1b1f24',
    '--cw-color-muted': '#57606a',
    '--cw-color-border': '#d0d7de',
    '--cw-color-accent': '#0b5cad',
    '--cw-color-on-accent': '#fff',
    '--cw-color-live': '#b3261e',
    '--cw-color-danger': '#b3261e',
    'color-scheme': 'light',
  },
  dark: {
    '--cw-color-background': '#161b22',
    '--cw-color-text': '#e6edf3',
    '--cw-color-muted': '#9198a1',
    '--cw-color-border': '#3d444d',
    '--cw-color-accent': '#6cb6ff',
    '--cw-color-on-accent': '#0d1117',
    '--cw-color-live': '#ff8182',
    '--cw-color-danger': '#ff8182',
    'color-scheme': 'dark',
  },
};

const visitor: Decorator = (story, { globals, viewMode }) => {
  const palette = PALETTES[globals.theme as string];
  const style = palette
    ? {
        ...palette,
        background: palette['--cw-color-background'],
        color: palette['--cw-color-text'],
      }
    : {};
  return html`<div
    class="cw-visitor"
    time-zone=${globals.timeZone && globals.timeZone !== 'browser' ? globals.timeZone : nothing}
    lang=${globals.lang || 'en'}
    dir=${
      globals.dir && globals.dir !== 'auto'
        ? globals.dir
        : directionOf(languageFor(globals.lang || 'en'))
    }
    style=${styleMap({ padding: '1rem', minHeight: viewMode === 'story' ? '100vh' : '', ...style })}
  >
    ${keyed(`${globals.timeZone}|${globals.lang}|${globals.dir}`, story())}
  </div>`;
};

const preview: Preview = {
  decorators: [visitor],
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
    layout: 'fullscreen',
  },
  globalTypes: {
    timeZone: {
      description: "The visitor's time zone (time-zone on a wrapper)",
      toolbar: {
        title: 'Visitor zone',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'browser', title: 'Browser (your zone)' },
          { value: 'America/New_York', title: 'New York (organiser)' },
          { value: 'America/Los_Angeles', title: 'Los Angeles' },
          { value: 'Europe/London', title: 'London' },
          { value: 'Asia/Kolkata', title: 'Kolkata (+05:30)' },
          { value: 'Pacific/Auckland', title: 'Auckland (next day)' },
          { value: 'UTC', title: 'UTC' },
        ],
      },
    },
    lang: {
      description: 'Language (lang on a wrapper)',
      toolbar: {
        title: 'Language',
        icon: 'transfer',
        dynamicTitle: true,
        // Each language by its own name (endonym): see src/locales/README.md.
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'fr', title: 'Français' },
          { value: 'pt', title: 'Português' },
          { value: 'zh-Hans', title: '简体中文' },
          { value: 'zh-Hant', title: '繁體中文' },
          { value: 'vi', title: 'Tiếng Việt' },
          { value: 'ko', title: '한국어' },
          { value: 'tl', title: 'Tagalog' },
          { value: 'ar', title: 'العربية' },
          { value: 'ru', title: 'Русский' },
          { value: 'ht', title: 'Kreyòl ayisyen' },
        ],
      },
    },
    theme: {
      description: 'Color theme (--cw-color-* tokens on a wrapper)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'os', title: 'OS setting' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
      },
    },
    dir: {
      description: 'Text direction (dir on a wrapper)',
      toolbar: {
        title: 'Direction',
        icon: 'paragraph',
        dynamicTitle: true,
        items: [
          { value: 'auto', title: 'From the language' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
  },
  initialGlobals: { timeZone: 'browser', lang: 'en', theme: 'os', dir: 'auto' },
};

export default preview;
