/**
 * The HTML a coordinator pastes into a page: the CDN script tag and one element, either
 * pointing at the course file (`src`, for a site that can host it) or carrying the course as
 * inline JSON (a `<script type="application/json">` child, which every element reads when it
 * has no `src` or `course`: see src/controllers/course-data.ts), for a CMS that cannot.
 * Pure string work. Inline JSON goes through scriptSafeJson(): no text in the course
 * ("</script>", "<!--") can end the script element early.
 */

import { checkUrl } from '../core/course/url.js';
import { VERSION } from '../internal/version.js';
import { scriptSafeJson } from '../core/course/script-json.js';

export type EmbedTag = 'course-schedule' | 'session-card' | 'register-button' | 'countdown-timer';

export interface EmbedOptions {
  /** `src`: the element loads the course file; `inline`: the course goes inside the element. */
  mode: 'src' | 'inline';
  /** Where the course file is served (mode `src`); default `course.json`. */
  src?: string;
  /** Which element; default `course-schedule`. */
  tag?: EmbedTag;
  /**
   * The script to load; default this version's ES module on unpkg. An `.iife.js` URL gets a
   * classic `<script defer>`.
   */
  scriptUrl?: string;
  /** For `session-card` and `countdown-timer`: the session to show (default: live or next). */
  sessionId?: string;
}

export const EMBED_TAGS: readonly EmbedTag[] = [
  'course-schedule',
  'session-card',
  'register-button',
  'countdown-timer',
];

/** This version's CDN script, pinned (README: pin a version in production). */
const UNPKG = 'https://unpkg.com/course-widgets';
export const DEFAULT_SCRIPT_URL = `${UNPKG}@${VERSION}/dist/cdn/course-widgets.js`;

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  '<': '&lt;',
  '>': '&gt;',
};
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Escaped for a double-quoted attribute value. */
export const escapeAttribute = (value: string) =>
  value.replace(/[&"<>]/g, (character) => ATTRIBUTE_ESCAPES[character] ?? character);
const escapeText = (value: string) =>
  value.replace(/[&<>]/g, (character) => TEXT_ESCAPES[character] ?? character);

/** A link the page may use: http(s), or relative (resolved by the browser against the page). */
function pageLink(value: string, what: string): string {
  const trimmed = value.trim();
  const result = checkUrl(trimmed, 'https://page.invalid/');
  if (!result.ok)
    throw new Error(`The ${what} ${JSON.stringify(value)} cannot be used: ${result.error}`);
  return trimmed;
}

const fieldOf = (course: unknown, name: string): string | undefined => {
  if (typeof course !== 'object' || course === null || Array.isArray(course)) return undefined;
  const value = (course as Record<string, unknown>)[name];
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
};

/**
 * What the element shows before it renders, and keeps if the course cannot load: a link to
 * the course page when the course has one.
 */
function fallback(course: unknown): string {
  const url = fieldOf(course, 'url');
  const title = fieldOf(course, 'title')?.replace(/\s+/g, ' ');
  if (!url || !checkUrl(url, undefined).ok) return '';
  return `\n  <a href="${escapeAttribute(url)}">${escapeText(title ?? url)}</a>`;
}

/**
 * The snippet for a page: script tag, then the element. Throws when `src`, `scriptUrl` or
 * `tag` cannot be used (a `javascript:` URL, an unknown tag).
 */
export function embedSnippet(courseJson: unknown, options: EmbedOptions): string {
  const tag = options.tag ?? 'course-schedule';
  if (!EMBED_TAGS.includes(tag))
    throw new Error(`${JSON.stringify(tag)} is not one of the elements`);
  const scriptUrl = escapeAttribute(
    pageLink(options.scriptUrl ?? DEFAULT_SCRIPT_URL, 'script URL'),
  );
  const script = /\.iife(\.min)?\.js([?#]|$)/.test(scriptUrl)
    ? `<script src="${scriptUrl}" defer></script>`
    : `<script type="module" src="${scriptUrl}"></script>`;
  const attributes: string[] = [];
  if (options.mode === 'src')
    attributes.push(
      `src="${escapeAttribute(pageLink(options.src ?? 'course.json', 'course URL'))}"`,
    );
  if (options.sessionId && (tag === 'session-card' || tag === 'countdown-timer'))
    attributes.push(`session-id="${escapeAttribute(options.sessionId)}"`);
  const open = [tag, ...attributes].join(' ');
  if (options.mode === 'src') return `${script}\n<${open}>${fallback(courseJson)}\n</${tag}>\n`;
  const json = scriptSafeJson(courseJson, 2).replace(/\n/g, '\n  ');
  const data = `\n  <script type="application/json">\n  ${json}\n  </script>`;
  return `${script}\n<${open}>${data}${fallback(courseJson)}\n</${tag}>\n`;
}
