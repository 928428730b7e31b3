/**
 * A tiny, offline stand-in for the network, for the stories that show loading and error
 * states (the Storybook equivalent of MSW, without the dependency). Only paths under
 * `/__stories__/` are answered here; every other request goes to the real `fetch`.
 * The element code is untouched: it still calls `fetch` through the shared loader.
 *
 *   /__stories__/pending.json        never answers (until the element lets go of it)
 *   /__stories__/status/<code>.json  an HTTP error with that status, at once
 *   /__stories__/html.json           200 with an HTML login page instead of JSON
 *   /__stories__/malformed.json      200 application/json, cut off halfway
 *   /__stories__/once/<fixture>.json the fixture the first time, HTTP 404 afterwards
 *                                    (shows "stale": data kept after a failed refresh)
 */
import seed from '../test/fixtures/resilient-together-2021.json';
import allKinds from '../test/fixtures/all-kinds.json';

const FIXTURES: Record<string, unknown> = {
  'resilient-together-2021': seed,
  'all-kinds': allKinds,
};
export const FAKE_PREFIX = '/__stories__/';

const served = new Set<string>();
const realFetch = globalThis.fetch.bind(globalThis);

function answer(url: URL, signal: AbortSignal | null | undefined): Promise<Response> {
  const route = url.pathname.slice(FAKE_PREFIX.length);
  if (route === 'pending.json') {
    return new Promise((_, reject) => {
      signal?.addEventListener(
        'abort',
        () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError')),
        { once: true },
      );
    });
  }
  let m = /^status\/(\d{3})\.json$/.exec(route);
  if (m)
    return Promise.resolve(
      new Response(`Error ${m[1]}`, {
        status: Number(m[1]),
        headers: { 'content-type': 'text/plain' },
      }),
    );
  if (route === 'html.json') {
    const page =
      '<!doctype html><title>Sign in</title><form><input name="user"><button>Sign in</button></form>';
    return Promise.resolve(new Response(page, { headers: { 'content-type': 'text/html' } }));
  }
  if (route === 'malformed.json') {
    return Promise.resolve(
      new Response('{"version": 1, "title": "Cut off', {
        headers: { 'content-type': 'application/json' },
      }),
    );
  }
  m = /^once\/([\w-]+)\.json$/.exec(route);
  if (m && FIXTURES[m[1]]) {
    if (served.has(url.href)) return Promise.resolve(new Response('Gone', { status: 404 }));
    served.add(url.href);
    return Promise.resolve(
      new Response(JSON.stringify(FIXTURES[m[1]]), {
        headers: { 'content-type': 'application/json' },
      }),
    );
  }
  return Promise.resolve(new Response('No such story route', { status: 404 }));
}

export function installFakeNetwork(): void {
  if ((globalThis.fetch as { fake?: boolean }).fake) return;
  const fake = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.origin === location.origin && url.pathname.startsWith(FAKE_PREFIX)) {
      return answer(url, init?.signal ?? (input instanceof Request ? input.signal : undefined));
    }
    return realFetch(input, init);
  };
  globalThis.fetch = Object.assign(fake, { fake: true });
}

/** A unique fake URL per story render, so no story sees another one's cached result. */
let n = 0;
export const fakeUrl = (route: string): string => `${FAKE_PREFIX}${route}?r=${++n}`;
