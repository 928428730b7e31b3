/**
 * Repeat-safe custom element registration. `customElements.define` throws when a tag is
 * taken, which happens when the CDN script is included twice or npm and CDN copies meet on
 * one page: here the first copy wins, and a copy of another version says so once (not once
 * per tag); a second copy of the same version stays quiet, since nothing differs.
 */

/** Version pairs this copy has already reported (module state: one set per copy of the library). */
const warned = new Set<string>();

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
    const [a, b] = [existing.version, (ctor as Versioned).version];
    const key = `${a}|${b}`;
    if ((a === undefined || a !== b) && !warned.has(key)) {
      warned.add(key);
      const v = (s?: string) => (s ? ` (version ${s})` : '');
      console.warn(
        `course-widgets: <${tag}> is already defined by another copy of the library${v(a)}; ` +
          `this copy${v(b)} leaves it and the other course-widgets tags in place. Load the library once, or define this copy under other tags.`,
      );
    }
    return false;
  }
  try {
    registry.define(tag, ctor);
  } catch (e) {
    // NotSupportedError: this class already has another name in this registry.
    if ((e as DOMException).name !== 'NotSupportedError') throw e;
    registry.define(tag, class extends (ctor as new () => HTMLElement) {});
  }
  return true;
}
