/**
 * The one memo for every `Intl` object the library uses, and a second one for the few
 * strings that are slow to make (ranges). Pure apart from the memos themselves.
 * Constructing an `Intl.DateTimeFormat` costs about 70 us and formatting with a warm one
 * about 2 us, so a 1,000-session schedule must never build one per session. Both memos
 * are bounded (least recently used goes first) and `clearFormatCache()` empties them: the
 * locale controller calls it on `languagechange`.
 */

// Any Intl constructor: DateTimeFormat, NumberFormat, RelativeTimeFormat, PluralRules,
// ListFormat. `any` because their option types have nothing in common; each call is still
// checked, since cachedFormat() types `options` as ConstructorParameters<C>[1].
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see the comment above
type IntlConstructor = new (locale: string, options?: any) => object;

/**
 * A bounded least-recently-used memo: `get(key, make)` returns the kept value or keeps
 * `make()`.
 */
export function lru<T>(limit: number) {
  const map = new Map<string, T>();
  return {
    map,
    get(key: string, make: () => T): T {
      let value = map.get(key);
      if (value === undefined) {
        value = make();
        if (map.size >= limit) {
          const oldest = map.keys().next();
          if (!oldest.done) map.delete(oldest.value);
        }
      } else {
        map.delete(key); // re-inserted below: Map order is the recency order
      }
      map.set(key, value);
      return value;
    },
  };
}

const formats = lru<object>(64);

/** Formatted strings that cost tens of microseconds each (`formatRange` is about 35 us in V8). */
export const slowStrings = lru<string>(512);

/**
 * A shared `new Ctor(locale, options)`. A locale that `Intl` refuses (`''`, `'en_US'`,
 * garbage from an attribute) falls back to `'en'` instead of throwing, and the fallback
 * is memoised under the bad key too. Other `RangeError`s (an unknown `timeZone`) still
 * throw: validate zones with `timeZoneProblem` first.
 */
export function cachedFormat<C extends IntlConstructor>(
  Ctor: C,
  locale: string,
  options: ConstructorParameters<C>[1] = {},
): InstanceType<C> {
  return formats.get(`${Ctor.name}|${locale}|${JSON.stringify(options)}`, () => {
    try {
      return new Ctor(locale, options);
    } catch (error) {
      if (locale === 'en') throw error;
      return cachedFormat(Ctor, 'en', options);
    }
  }) as InstanceType<C>;
}

/** Drops every cached `Intl` object and string (call on `languagechange`). */
export function clearFormatCache(): void {
  formats.map.clear();
  slowStrings.map.clear();
}
