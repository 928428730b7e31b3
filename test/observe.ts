// Test-only views of the shared machinery's bookkeeping, for leak checks: how many
// subscriptions and deadlines a Clock holds, how many subscribers a Loader serves, how many
// hosts share the locale's `languagechange` listener. Production classes carry no counters
// for tests; this module counts from outside, by wrapping the public methods on their
// prototypes once, when a test first imports it (before any element subscribes).
import { Clock } from '../src/controllers/clock.js';
import { LocaleController } from '../src/controllers/locale.js';
import { Loader } from '../src/data/loader.js';

/** Per owner (a Clock, a Loader), the tokens of what it still holds. */
const held = new WeakMap<object, Set<object>>();

function tokensOf(owner: object): Set<object> {
  let tokens = held.get(owner);
  if (!tokens) held.set(owner, (tokens = new Set()));
  return tokens;
}

type Release = () => unknown;

/**
 * Wraps `proto[name]`, a method that returns its own release function, so each call holds a
 * token until that function is called. `onceCallback`: the index of a callback argument after
 * which the owner lets go by itself (a deadline that fired).
 */
function countHeld(proto: object, name: string, onceCallback?: number): void {
  const methods = proto as Record<string, (...args: unknown[]) => Release>;
  const original = methods[name]!;
  methods[name] = function (this: object, ...args: unknown[]): Release {
    const token = {};
    const tokens = tokensOf(this);
    tokens.add(token);
    if (onceCallback !== undefined) {
      const callback = args[onceCallback] as (...callbackArgs: unknown[]) => unknown;
      args[onceCallback] = (...callbackArgs: unknown[]) => {
        tokens.delete(token);
        return callback(...callbackArgs);
      };
    }
    const release = original.apply(this, args);
    return () => {
      tokens.delete(token);
      return release();
    };
  };
}

countHeld(Clock.prototype, 'subscribe');
countHeld(Clock.prototype, 'wakeAt', 1);
countHeld(Loader.prototype, 'subscribe');

/** Subscriptions plus pending deadlines of a Clock, or subscribers of a Loader. */
export function heldBy(owner: Clock | Loader): number {
  return held.get(owner)?.size ?? 0;
}

const localeHosts = new Set<LocaleController>();
const { hostConnected, hostDisconnected } = LocaleController.prototype;
LocaleController.prototype.hostConnected = function (this: LocaleController) {
  localeHosts.add(this);
  hostConnected.call(this);
};
LocaleController.prototype.hostDisconnected = function (this: LocaleController) {
  localeHosts.delete(this);
  hostDisconnected.call(this);
};

/** How many connected hosts the shared `languagechange` listener serves. */
export const localeHostCount = (): number => localeHosts.size;
