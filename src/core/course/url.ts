/**
 * URL safety for feed data. Pure. Lit escapes text but not attribute URLs, so this is the only
 * way a feed URL reaches an `href`: resolve it against the course JSON's own address (never the
 * host page's, so a `<base href>` cannot redirect links), then allow-list the scheme on the
 * parsed result. `new URL()` already strips leading control characters and tabs/newlines inside
 * (`java\tscript:` becomes `javascript:`); we refuse any whitespace or control character up
 * front as well, so what the author wrote and what the link does cannot differ.
 */

import { describe } from '../describe.js';

export const URL_MAX_LENGTH = 2048;

export type UrlResult = { ok: true; href: string } | { ok: false; error: string };

/** Whitespace (as `String.prototype.trim` sees it) and C0/C1 control characters (`\p{Cc}`). */
const INVISIBLE = /[\s\p{Cc}]/u;
/** `&#106;`, `&colon;`: HTML-escaped text pasted into a URL (never decoded in an `href` we set). */
const ENTITY = /&#|&[a-z][a-z0-9]*;/i;
/** A scheme as the URL parser finds one. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** A relative reference whose first segment has an `@`: an address written without `mailto:`. */
const BARE_ADDRESS = /^[^:/?#]*@/;
const ALLOWED = ['https:', 'http:'];

/**
 * Check a feed URL. `baseUrl` is the address the course JSON was loaded from; without it,
 * relative URLs are refused. Only absolute `https:`/`http:` (and `mailto:` with `opts.mailto`)
 * pass, as the normalised `href`. The error text has no path; the caller prefixes it.
 */
export function checkUrl(
  value: unknown,
  baseUrl: string | undefined,
  opts?: { mailto?: boolean },
): UrlResult {
  const kinds = opts?.mailto ? 'an http(s) or mailto: link' : 'an http(s) link';
  if (typeof value !== 'string') return fail(`must be ${kinds}, got ${describe(value)}`);
  const text = value.trim();
  const quoted = describe(text);
  if (!text) return fail('must not be blank');
  if (text.length > URL_MAX_LENGTH)
    return fail(`is ${text.length} characters long; links are limited to ${URL_MAX_LENGTH}`);
  const scheme = SCHEME.exec(text)?.[0].toLowerCase();
  if (scheme && !ALLOWED.includes(scheme) && !(opts?.mailto && scheme === 'mailto:'))
    return fail(`${quoted} is not ${kinds}`);
  if (INVISIBLE.test(text))
    return fail(`${quoted} contains spaces or control characters: encode them (a space is %20)`);
  if (ENTITY.test(text))
    return fail(`${quoted} contains HTML character references (&...;): write the plain characters`);
  const relative = !scheme;
  if (relative && BARE_ADDRESS.test(text)) {
    return fail(
      `${quoted} looks like an e-mail address: write ` +
        (opts?.mailto ? `mailto:${text}` : 'a full https:// link'),
    );
  }
  if (relative && !baseUrl) {
    return fail(
      `${quoted} is a relative link, and the course was not loaded from an address to resolve it ` +
        'against: write a full https:// link',
    );
  }
  let url: URL;
  try {
    url = new URL(text, relative ? baseUrl : undefined);
  } catch {
    return fail(`${quoted} is not a valid link`);
  }
  // Checked again on the parsed result: this, not the text above, is what the link will do.
  const protocol = url.protocol;
  if (ALLOWED.includes(protocol) || (protocol === 'mailto:' && opts?.mailto && url.pathname))
    return { ok: true, href: url.href };
  return fail(`${quoted} is not ${kinds}`);
}

/**
 * The safe absolute `href` for a feed URL, or undefined (see `checkUrl` for the rules and the
 * reason).
 */
export function safeUrl(
  value: unknown,
  baseUrl: string | undefined,
  opts?: { mailto?: boolean },
): string | undefined {
  const result = checkUrl(value, baseUrl, opts);
  return result.ok ? result.href : undefined;
}

function fail(error: string): UrlResult {
  return { ok: false, error };
}
