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
import { clearFormatCache } from '../core/time/intl.js';
import { resolveLocale } from '../core/i18n/index.js';

const hosts = new Set<ReactiveControllerHost>();
const warned = new Set<string>();
const localeMemo = new Map<string, string | undefined>();
let visitorZone: string | undefined;

const onLanguageChange = () => {
  clearFormatCache();
  localeMemo.clear();
  visitorZone = undefined;
  for (const h of hosts) h.requestUpdate();
};

function warnOnce(what: string, value: string, problem: string): void {
  const key = `${what}|${value}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`course-widgets: ignoring ${what}=${JSON.stringify(value)}: ${problem}`);
}

/**
 * A locale `Intl` can format in for `tag` (canonicalised by core/i18n's `resolveLocale`), or
 * undefined when it is not one. `resolveLocale` answers 'en' for anything unusable, so
 * 'en' is only a real answer when the tag said English.
 */
export function usableLocale(tag: string): string | undefined {
  if (!localeMemo.has(tag)) {
    const r = resolveLocale(tag);
    if (localeMemo.size > 100) localeMemo.clear();
    localeMemo.set(tag, r !== 'en' || /^\s*en\s*$/i.test(tag) ? r : undefined);
  }
  return localeMemo.get(tag);
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
  el: Element,
  name: string,
  accept: (v: string) => string | undefined,
): string | undefined {
  for (let n: Element | null = el; n;) {
    const v = n.getAttribute(name);
    if (v !== null) {
      const ok = accept(v);
      if (ok !== undefined) return ok;
    }
    const parent: Node | null = n.parentNode;
    n = parent instanceof ShadowRoot ? parent.host : n.parentElement;
  }
  return undefined;
}

const acceptLocale = (v: string) => {
  const ok = usableLocale(v);
  if (!ok && v)
    warnOnce('lang', v, 'not a language tag this browser can format in, such as "en" or "es-MX"');
  return ok;
};

const acceptZone = (v: string) => {
  const problem = timeZoneProblem(v);
  if (problem) warnOnce('time-zone', v, problem);
  return problem ? undefined : v;
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

  /** A canonical BCP 47 tag for `Intl`: `lang` inherited, else the document's, else the browser's language, else `en`. */
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

/** @internal for tests: how many hosts the shared `languagechange` listener serves. */
export const localeHostCount = (): number => hosts.size;
