/**
 * The display locale and time zone of an element, inherited like the native `lang`
 * attribute: from the element or its closest ancestor with `lang` / `time-zone`, walking
 * out of shadow roots to their hosts, else the document's `lang` and the visitor's own
 * settings. A value the browser cannot use is skipped (with one console warning per value)
 * and the search goes on outwards, so a typo never throws or blanks a widget.
 *
 * Values are read when asked for (from `willUpdate`), not cached per element, so moving an
 * element under another `lang` applies at its next update. On `languagechange` the shared
 * `Intl` cache is cleared and every connected host re-renders; one window listener serves
 * all hosts and is removed when none is connected.
 */

import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { timeZoneProblem } from '../core/time/zoned.js';
import { clearFormatCache, lru } from '../core/time/intl.js';
import { resolveLocale } from '../core/i18n/index.js';
import { warnOnce } from '../internal/warn-once.js';

const hosts = new Set<ReactiveControllerHost>();
const warned = new Set<string>();
/** `lang` values -> usable locale ('' when unusable), in the library's one bounded memo shape. */
const usableLocales = lru<string>(100);
let visitorZone: string | undefined;

const onLanguageChange = () => {
  clearFormatCache();
  usableLocales.map.clear();
  visitorZone = undefined;
  for (const host of hosts) host.requestUpdate();
};

/** One warning per attribute value for the whole page (every element inherits the same one). */
const warnIgnored = (attribute: string, value: string, problem: string): void =>
  warnOnce(
    warned,
    `ignoring ${attribute}=${JSON.stringify(value)}: ${problem}`,
    `${attribute}|${value}`,
  );

/**
 * A locale `Intl` can format in for `tag` (canonicalised by core/i18n's `resolveLocale`), or
 * undefined when it is not one. `resolveLocale` answers 'en' for anything unusable, so
 * 'en' is only a real answer when the tag said English.
 */
function usableLocale(tag: string): string | undefined {
  const usable = usableLocales.get(tag, () => {
    const resolved = resolveLocale(tag);
    // resolveLocale() falls back to 'en': only a tag that asked for English may get it.
    return resolved !== 'en' || /^\s*en\s*$/i.test(tag) ? resolved : '';
  });
  return usable || undefined;
}

/** The visitor's own zone as the browser reports it (privacy browsers say UTC). */
export function visitorTimeZone(): string {
  return (visitorZone ??= new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}

/**
 * The first usable value of attribute `name` on `el` or its ancestors (a shadow root's
 * ancestor is its host), checked by `accept` (returns the value to use, or undefined).
 */
export function inherited(
  element: Element,
  name: string,
  accept: (value: string) => string | undefined,
): string | undefined {
  for (let node: Element | null = element; node;) {
    const value = node.getAttribute(name);
    if (value !== null) {
      const accepted = accept(value);
      if (accepted !== undefined) return accepted;
    }
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : node.parentElement;
  }
  return undefined;
}

const acceptLocale = (value: string) => {
  const locale = usableLocale(value);
  if (!locale && value)
    warnIgnored(
      'lang',
      value,
      'not a language tag this browser can format in, such as "en" or "es-MX"',
    );
  return locale;
};

const acceptZone = (value: string) => {
  const problem = timeZoneProblem(value);
  if (problem) warnIgnored('time-zone', value, problem);
  return problem ? undefined : value;
};

export class LocaleController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #zoneProperty: () => string | undefined | null;

  /**
   * @param zoneProperty the host's own zone when set as a property (frameworks that set
   * properties instead of attributes); checked before the attributes.
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    zoneProperty: () => string | undefined | null = () => undefined,
  ) {
    this.#host = host;
    this.#zoneProperty = zoneProperty;
    host.addController(this);
  }

  /**
   * A canonical BCP 47 tag for `Intl`: `lang` inherited, else the document's, else the browser's
   * language, else `en`.
   */
  get locale(): string {
    return (
      inherited(this.#host, 'lang', acceptLocale) ??
      // An element not (yet) in the document has no <html> ancestor to inherit from.
      (document.documentElement.lang ? acceptLocale(document.documentElement.lang) : undefined) ??
      usableLocale(navigator.language) ??
      'en'
    );
  }

  /** An IANA zone to display times in: `time-zone` inherited, else the visitor's zone. */
  get timeZone(): string {
    const own = this.#zoneProperty();
    return (
      (own && acceptZone(own)) ||
      inherited(this.#host, 'time-zone', acceptZone) ||
      visitorTimeZone()
    );
  }

  hostConnected(): void {
    if (!hosts.size) window.addEventListener('languagechange', onLanguageChange);
    hosts.add(this.#host);
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (!hosts.size) window.removeEventListener('languagechange', onLanguageChange);
  }
}
