/// <reference types="vite/client" />
/**
 * Story-wide setup: the custom-elements manifest for autodocs and controls, the offline
 * fake network for the loading/error stories, and four toolbar choices that play the
 * visitor. Each choice is applied to a wrapper element around the story, the same way a
 * host page would do it, because the elements inherit these from their closest ancestor:
 *
 * - Visitor zone: `time-zone` on the wrapper. A page cannot change the browser's own zone,
 *   so "Browser" shows your real zone and the others are what a visitor there would see.
 * - Language: `lang` on the wrapper (English, Spanish).
 * - Theme: the elements follow the `color-scheme` of their page, so the wrapper sets it:
 *   "Light", "Dark", or "OS" (`light dark`, the visitor's system), as a host page would.
 * - Direction: `dir` on the wrapper (ltr, rtl).
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

/**
 * The wrapper's `color-scheme`, as a host page declares it: the elements follow it (light-dark()
 * in src/styles/color-scheme.ts). "OS" is `light dark`, the one line a site writes to follow the
 * visitor's system. Canvas/CanvasText paint the wrapper like a page in that scheme.
 */
const SCHEMES: Record<string, string> = { os: 'light dark', light: 'light', dark: 'dark' };

const visitor: Decorator = (story, { globals, viewMode }) => {
  const scheme = SCHEMES[globals.theme as string] ?? 'light';
  const style = { 'color-scheme': scheme, background: 'Canvas', color: 'CanvasText' };
  return html`<div
    class="cw-visitor"
    time-zone=${globals.timeZone && globals.timeZone !== 'browser' ? globals.timeZone : nothing}
    lang=${globals.lang || 'en'}
    dir=${globals.dir || 'ltr'}
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
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
      },
    },
    theme: {
      description: 'Colour scheme (color-scheme on a wrapper, as a page declares it)',
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
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
  },
  initialGlobals: { timeZone: 'browser', lang: 'en', theme: 'os', dir: 'ltr' },
};

export default preview;
