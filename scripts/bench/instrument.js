// Loaded as a classic script before anything else on a bench page, when the URL has
// `?count`: counts every construction of an Intl formatter (by constructor) and every
// setTimeout / setInterval call and timer callback, in `window.__counts`. The bench reads
// the counters before and after what it measures. Timing runs load pages without `?count`,
// so nothing here runs in them.
(() => {
  if (!new URLSearchParams(location.search).has('count')) return;
  const counts = (window.__counts = { intl: {}, setTimeout: 0, setInterval: 0, timerCallbacks: 0 });
  for (const name of [
    'DateTimeFormat',
    'NumberFormat',
    'RelativeTimeFormat',
    'PluralRules',
    'ListFormat',
    'DurationFormat',
    'Collator',
    'Segmenter',
    'DisplayNames',
  ]) {
    const Ctor = Intl[name];
    if (!Ctor) continue;
    counts.intl[name] = 0;
    // A Proxy keeps `name`, statics and `instanceof`; `Intl.DateTimeFormat()` without `new` constructs too.
    Intl[name] = new Proxy(Ctor, {
      construct(target, args, newTarget) {
        counts.intl[name]++;
        return Reflect.construct(target, args, newTarget);
      },
      apply(target, self, args) {
        counts.intl[name]++;
        return Reflect.apply(target, self, args);
      },
    });
  }
  const wrap = (fn) =>
    typeof fn === 'function'
      ? function (...args) {
          counts.timerCallbacks++;
          return fn.apply(this, args);
        }
      : fn;
  for (const name of ['setTimeout', 'setInterval']) {
    const original = window[name];
    window[name] = function (fn, ms, ...rest) {
      counts[name]++;
      return original.call(this, wrap(fn), ms, ...rest);
    };
  }
})();
