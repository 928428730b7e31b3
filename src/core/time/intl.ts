/**
 * The one memo for every `Intl` object the library uses. Pure apart from the memo itself.
 * Constructing an `Intl.DateTimeFormat` costs about 70 us and formatting with a warm one
 * about 2 us, so a 1,000-session schedule must never build one per session. The memo is
 * bounded (least recently used goes first) and `clearFormatCache()` empties it: the
 * locale controller calls it on `languagechange`, when the browser's default locale and
 * time zone may have changed under the cached objects.
 */

// Any Intl constructor: DateTimeFormat, NumberFormat, RelativeTimeFormat, PluralRules,
// ListFormat, DurationFormat. `any` because their option types have nothing in common.
type IntlConstructor = new (locale: string, options?: any) => object;

const LIMIT = 64;
const memo = new Map<string, object>();

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
  const key = `${Ctor.name}|${locale}|${JSON.stringify(options)}`;
  let made = memo.get(key);
  if (made) {
    memo.delete(key); // re-inserted below: Map order is the recency order
  } else {
    try {
      made = new Ctor(locale, options);
    } catch (error) {
      if (locale === 'en') throw error;
      made = cachedFormat(Ctor, 'en', options);
    }
    if (memo.size >= LIMIT) memo.delete(memo.keys().next().value!);
  }
  memo.set(key, made);
  return made as InstanceType<C>;
}

/** Drops every cached `Intl` object (call on `languagechange`). */
export function clearFormatCache(): void {
  memo.clear();
}
