/**
 * Repeat-safe custom element registration. `customElements.define` throws when a tag is
 * taken, which happens when the CDN script is included twice or npm and CDN copies meet on
 * one page: here the first copy wins, and a copy of another version says so once (not once
 * per tag); a second copy of the same version stays quiet, since nothing differs.
 */

import { warnOnce } from './warn-once.js';

/** Version pairs this copy has already reported (module state: one set per copy of the library). */
const warnedPairs = new Set<string>();

type Versioned = CustomElementConstructor & { version?: string };

/**
 * Register `ctor` as `tag` in `registry`. Returns true when `tag` now names `ctor` (or a
 * subclass made for this tag), false when another class already held it.
 *
 * A class can be registered once per registry, so a second, custom tag for the same class
 * (`define('my-schedule')` on a page where `course-schedule` is taken or already used)
 * registers a trivial subclass.
 */
export function defineElement(
  tag: string,
  ctor: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
): boolean {
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    if (existing === ctor || Object.getPrototypeOf(existing) === ctor) return true;
    const [theirs, ours] = [existing.version, (ctor as Versioned).version];
    if (theirs === undefined || theirs !== ours) {
      const version = (value?: string) => (value ? ` (version ${value})` : '');
      warnOnce(
        warnedPairs,
        `<${tag}> is already defined by another copy of the library${version(theirs)}; ` +
          `this copy${version(ours)} leaves it and the other course-widgets tags in place. ` +
          'Load the library once, or define this copy under other tags.',
        `${theirs}|${ours}`,
      );
    }
    return false;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // NotSupportedError: this class already has another name in this registry.
    if ((error as DOMException).name !== 'NotSupportedError') throw error;
    registry.define(tag, class extends (ctor as new () => HTMLElement) {});
  }
  return true;
}
