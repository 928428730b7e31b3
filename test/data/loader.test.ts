import { expect } from '@open-wc/testing';
import type { CourseError } from '../../src/core/course/errors.js';
import { Loader, backoffDelay, parseRetryAfter, MAX_RETRY_WAIT_MS } from '../../src/data/loader.js';
import { serverConfig, serverCounts, sleep, uniqueKey, until, watchUnhandled } from './fault.js';
import { heldBy } from '../observe.js';

/** A loader with fast retries that records every retry delay it was asked for. */
function testLoader(options: ConstructorParameters<typeof Loader>[0] = {}) {
  const retries: { n: number; retryAfterMs: number | undefined }[] = [];
  const loader = new Loader({
    timeoutMs: 3000,
    retryDelay: (n, retryAfterMs) => {
      retries.push({ n, retryAfterMs });
      return 5;
    },
    ...options,
  });
  return { loader, retries };
}

async function failure(p: Promise<unknown>): Promise<CourseError> {
  try {
    await p;
  } catch (e) {
    return e as CourseError;
  }
  throw new Error('expected the load to fail');
}

describe('loader: faults', () => {
  it('loads a course and resolves its URLs against the response URL', async () => {
    const { loader, retries } = testLoader();
    const key = uniqueKey();
    const r = await loader.load(`/__fault/ok/${key}`);
    expect(r.course.title).to.equal('Loader mini course');
    expect(r.course.sessions.map((s) => s.id)).to.deep.equal(['s1', 's2']);
    expect(r.course.url).to.equal(new URL('/__fault/ok/course.html', location.href).href);
    expect(r.url).to.equal(new URL(`/__fault/ok/${key}`, location.href).href);
    expect(retries).to.have.length(0);
    expect((await serverCounts(key)).count).to.equal(1);
  });

  it('404: an http error naming the status, not retried', async () => {
    const { loader, retries } = testLoader();
    const key = uniqueKey();
    const e = await failure(loader.load(`/__fault/status/${key}?code=404`));
    expect(e.name).to.equal('CourseError');
    expect(e.kind).to.equal('http');
    expect(e.status).to.equal(404);
    expect(e.message).to.contain('HTTP 404 Not Found');
    expect(e.retryable).to.equal(false);
    expect(retries).to.have.length(0);
    expect((await serverCounts(key)).count).to.equal(1);
  });

  it('403 and 410 are not retried either', async () => {
    for (const code of [403, 410]) {
      const { loader } = testLoader();
      const key = uniqueKey();
      const e = await failure(loader.load(`/__fault/status/${key}?code=${code}`));
      expect(e.status).to.equal(code);
      expect((await serverCounts(key)).count).to.equal(1);
    }
  });

  it('500 then success: one retry, then the course', async () => {
    const { loader, retries } = testLoader();
    const key = uniqueKey();
    const r = await loader.load(`/__fault/flaky/${key}?fail=1&status=500`);
    expect(r.course.title).to.equal('Loader mini course');
    expect(retries.map((x) => x.n)).to.deep.equal([1]);
    expect((await serverCounts(key)).count).to.equal(2);
  });

  it('503 twice then success: two retries with growing backoff numbers', async () => {
    const { loader, retries } = testLoader();
    const key = uniqueKey();
    const r = await loader.load(`/__fault/flaky/${key}?fail=2&status=503`);
    expect(r.course.id).to.equal('loader-mini');
    expect(retries.map((x) => x.n)).to.deep.equal([1, 2]);
    expect((await serverCounts(key)).count).to.equal(3);
  });

  it('503 for ever: gives up after 3 retries (4 requests) with the last status', async () => {
    const { loader } = testLoader();
    const key = uniqueKey();
    const e = await failure(loader.load(`/__fault/flaky/${key}?fail=99&status=503`));
    expect(e.kind).to.equal('http');
    expect(e.status).to.equal(503);
    expect(e.message).to.contain('HTTP 503 Service Unavailable');
    expect(e.retryable).to.equal(true);
    expect((await serverCounts(key)).count).to.equal(4);
  });

  it("429 with Retry-After seconds: the delay is the server's", async () => {
    const { loader, retries } = testLoader();
    const key = uniqueKey();
    await loader.load(`/__fault/flaky/${key}?fail=1&status=429&retry-after=2`);
    expect(retries).to.deep.equal([{ n: 1, retryAfterMs: 2000 }]);
    expect((await serverCounts(key)).count).to.equal(2);
  });

  it('503 with Retry-After as an HTTP-date', async () => {
    const { loader, retries } = testLoader();
    const key = uniqueKey();
    await loader.load(`/__fault/flaky/${key}?fail=1&status=503&retry-after-date=5`);
    expect(retries).to.have.length(1);
    // HTTP-dates have whole seconds: 5 s ahead, minus up to a second of rounding and transit.
    expect(retries[0]!.retryAfterMs).to.be.within(3000, 5000);
  });

  it('the default delays: Retry-After honoured and capped, backoff doubles with jitter', () => {
    expect(backoffDelay(1, 2000)).to.equal(2000);
    expect(backoffDelay(1, 3_600_000)).to.equal(MAX_RETRY_WAIT_MS);
    expect(backoffDelay(1, undefined, () => 0)).to.equal(500);
    expect(backoffDelay(1, undefined, () => 1)).to.equal(1000);
    expect(backoffDelay(2, undefined, () => 0)).to.equal(1000);
    expect(backoffDelay(3, undefined, () => 1)).to.equal(4000);
    expect(backoffDelay(20, undefined, () => 1)).to.equal(MAX_RETRY_WAIT_MS);
    const spread = new Set(Array.from({ length: 20 }, () => backoffDelay(2)));
    expect(spread.size).to.be.greaterThan(1);
    for (const d of spread) expect(d).to.be.within(1000, 2000);
  });

  it('parses Retry-After seconds and dates, ignores garbage', () => {
    const now = Date.UTC(2021, 9, 13, 18, 0, 0);
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter('Wed, 13 Oct 2021 18:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Wed, 13 Oct 2021 17:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });

  it("JSON cut off, served as application/json: malformed with the parser's reason, not retried", async () => {
    const { loader, retries } = testLoader();
    const key = uniqueKey();
    const e = await failure(loader.load(`/__fault/malformed/${key}`));
    expect(e.kind).to.equal('malformed');
    expect(e.message).to.match(/^Incomplete or malformed JSON \(application\/json[^)]*\): .+/);
    expect(retries).to.have.length(0);
    expect((await serverCounts(key)).count).to.equal(1);
  });

  it('an HTML login page with status 200: not-json, saying it is HTML and hinting at a login page', async () => {
    const { loader } = testLoader();
    const e = await failure(loader.load(`/__fault/html/${uniqueKey()}`));
    expect(e.kind).to.equal('not-json');
    expect(e.message).to.contain('HTML page');
    expect(e.message).to.contain('text/html');
    expect(e.message).to.contain('login');
  });

  it('an empty body: not-json "empty response"', async () => {
    const { loader } = testLoader();
    const e = await failure(loader.load(`/__fault/empty/${uniqueKey()}`));
    expect(e.kind).to.equal('not-json');
    expect(e.message).to.contain('empty response');
  });

  it('a body that trickles past the timeout: timeout, the request abandoned, not retried', async function () {
    this.timeout(20_000); // the wait for the server below
    const { loader, retries } = testLoader({ timeoutMs: 300 });
    const key = uniqueKey();
    const t0 = performance.now();
    const e = await failure(loader.load(`/__fault/trickle/${key}?interval=200`));
    const took = performance.now() - t0;
    expect(e.kind).to.equal('timeout');
    expect(e.message).to.contain('within 0.3 s');
    // Headers arrive at once; only a timeout that covers the body can fire this early.
    expect(took).to.be.within(280, 1500);
    expect(retries).to.have.length(0);
    // When the server notices the closed connection is up to the browser's network process and
    // the machine's load (over 2 s once, at CI's load): a generous bound costs nothing when it
    // passes, and "never" still fails.
    await until(
      async () => (await serverCounts(key)).cancelled === 1,
      10_000,
      'the server to see the abort',
    );
    expect((await serverCounts(key)).count).to.equal(1);
  });

  it('the same trickle loads when the timeout is long enough', async () => {
    const { loader } = testLoader({ timeoutMs: 5000 });
    const r = await loader.load(`/__fault/trickle/${uniqueKey()}?interval=1`);
    expect(r.course.title).to.equal('Loader mini course');
  });

  it('over the size cap with Content-Length: too-large before reading the body', async () => {
    const { loader, retries } = testLoader();
    const e = await failure(loader.load(`/__fault/large/${uniqueKey()}?bytes=2200000`));
    expect(e.kind).to.equal('too-large');
    expect(e.message).to.contain('2 MB');
    expect(retries).to.have.length(0);
  });

  it('over the size cap without Content-Length: too-large while streaming', async () => {
    const { loader } = testLoader();
    const e = await failure(loader.load(`/__fault/large/${uniqueKey()}?bytes=2200000&length=0`));
    expect(e.kind).to.equal('too-large');
  });

  it('just under the cap is read (and then judged by the parser)', async () => {
    const { loader } = testLoader();
    const e = await failure(loader.load(`/__fault/large/${uniqueKey()}?bytes=2000000&length=0`));
    expect(e.kind).to.equal('invalid');
  });

  it('a refused connection: network error saying both possibilities, retried 3 times', async () => {
    const { loader, retries } = testLoader();
    const { refusedOrigin } = await serverConfig();
    const e = await failure(loader.load(`${refusedOrigin}/loader-mini.json`));
    expect(e.kind).to.equal('network');
    expect(e.message).to.contain('could not be reached');
    expect(e.message).to.contain('CORS');
    expect(e.message).to.contain('Content-Security-Policy');
    expect(e.retryable).to.equal(true);
    expect(retries.map((x) => x.n)).to.deep.equal([1, 2, 3]);
  });

  it('a second origin without CORS headers: network error', async () => {
    const { loader } = testLoader();
    const { corsOrigin } = await serverConfig();
    // The server itself works: the browser blocks the read.
    const e = await failure(loader.load(`${corsOrigin}/loader-mini.json`));
    expect(e.kind).to.equal('network');
    expect(e.message).to.contain('blocked the request');
    expect(e.url).to.equal(`${corsOrigin}/loader-mini.json`);
  });

  it("an invalid course document surfaces the parser's invalid error with its path", async () => {
    const { loader } = testLoader();
    const e = await failure(loader.load(`/__fault/large/${uniqueKey()}?bytes=100`));
    expect(e.kind).to.equal('invalid');
    expect(e.path).to.be.a('string');
  });
});

describe('loader: sharing, abort, cache', () => {
  it('five consumers of one URL make one request and get the same result', async () => {
    const { loader } = testLoader();
    const key = uniqueKey();
    const url = `/__fault/slow/${key}?delay=200`;
    const results = await Promise.all(Array.from({ length: 5 }, () => loader.load(url)));
    expect(new Set(results).size).to.equal(1);
    expect((await serverCounts(key)).count).to.equal(1);
  });

  it('a relative and an absolute spelling of a URL share one request', async () => {
    const { loader } = testLoader();
    const key = uniqueKey();
    const rel = `/__fault/slow/${key}?delay=100`;
    const [a, b] = await Promise.all([
      loader.load(rel),
      loader.load(new URL(rel, location.href).href),
    ]);
    expect(a).to.equal(b);
    expect((await serverCounts(key)).count).to.equal(1);
  });

  it('one consumer aborting mid-fetch: it alone gets "aborted", the request goes on', async () => {
    const { loader } = testLoader();
    const key = uniqueKey();
    const url = `/__fault/slow/${key}?delay=300`;
    const a = new AbortController();
    const first = loader.load(url, { signal: a.signal });
    const second = loader.load(url, { signal: new AbortController().signal });
    await sleep(50);
    a.abort();
    expect((await failure(first)).kind).to.equal('aborted');
    expect((await second).course.title).to.equal('Loader mini course');
    expect(await serverCounts(key)).to.deep.equal({ count: 1, cancelled: 0 });
  });

  it('every consumer aborting: the request is cancelled on the wire, no unhandled rejection', async () => {
    const unhandled = watchUnhandled();
    try {
      const { loader } = testLoader();
      const key = uniqueKey();
      const url = `/__fault/slow/${key}?delay=400`;
      const controllers = [new AbortController(), new AbortController(), new AbortController()];
      const loads = controllers.map((c) => loader.load(url, { signal: c.signal }));
      await sleep(50);
      for (const c of controllers) c.abort();
      const errors = await Promise.all(loads.map(failure));
      expect(errors.map((e) => e.kind)).to.deep.equal(['aborted', 'aborted', 'aborted']);
      await until(
        async () => (await serverCounts(key)).cancelled === 1,
        2000,
        'the server to see the abort',
      );
      await sleep(500); // past the server's delay: a late result or rejection would show now
      expect(unhandled.reasons).to.deep.equal([]);
      expect(loader.peek(url)).to.equal(undefined);
      // The URL is free again: a new consumer starts a new request.
      await loader.load(url);
      expect((await serverCounts(key)).count).to.equal(2);
    } finally {
      unhandled.stop();
    }
  });

  it('an already-aborted signal never starts a request', async () => {
    const { loader } = testLoader();
    const key = uniqueKey();
    const e = await failure(loader.load(`/__fault/ok/${key}`, { signal: AbortSignal.abort() }));
    expect(e.kind).to.equal('aborted');
    expect((await serverCounts(key)).count).to.equal(0);
  });

  it('aborting during the backoff wait stops the retries', async () => {
    const unhandled = watchUnhandled();
    try {
      // Abort when the loader asks for the first delay, i.e. as the wait begins. (Polling the
      // server's count raced the wait: on a busy machine the poll took longer than 300 ms.)
      let backoff!: () => void;
      const waiting = new Promise<void>((resolve) => (backoff = resolve));
      const loader = new Loader({ retryDelay: () => (backoff(), 300) });
      const key = uniqueKey();
      const a = new AbortController();
      const p = loader.load(`/__fault/flaky/${key}?fail=99&status=503`, { signal: a.signal });
      await waiting;
      a.abort();
      expect((await failure(p)).kind).to.equal('aborted');
      await sleep(400);
      expect((await serverCounts(key)).count).to.equal(1);
      expect(unhandled.reasons).to.deep.equal([]);
    } finally {
      unhandled.stop();
    }
  });

  it('a completed result is cached: peek() has it, load() reuses it, reload() fetches again', async () => {
    const { loader } = testLoader();
    const key = uniqueKey();
    const url = `/__fault/ok/${key}`;
    expect(loader.peek(url)).to.equal(undefined);
    const first = await loader.load(url);
    expect(loader.peek(url)).to.equal(first);
    expect(await loader.load(url)).to.equal(first);
    expect((await serverCounts(key)).count).to.equal(1);
    const again = await loader.reload(url);
    expect(again).to.not.equal(first);
    expect(again.course.title).to.equal(first.course.title);
    expect(loader.peek(url)).to.equal(again);
    expect((await serverCounts(key)).count).to.equal(2);
    // maxAgeMs: a result younger than the limit is reused.
    expect(await loader.load(url, { maxAgeMs: 60_000 })).to.equal(again);
    expect((await serverCounts(key)).count).to.equal(2);
  });

  it('a failed reload keeps the cached result', async () => {
    const { loader } = testLoader();
    const key = uniqueKey();
    const url = `/__fault/once/${key}?status=500`;
    const first = await loader.load(url);
    const e = await failure(loader.reload(url));
    expect(e.status).to.equal(500);
    expect(loader.peek(url)).to.equal(first);
  });

  it('simultaneous reloads share one request', async () => {
    const { loader } = testLoader();
    const key = uniqueKey();
    const url = `/__fault/slow/${key}?delay=100`;
    await loader.load(url);
    await Promise.all([loader.reload(url), loader.reload(url), loader.reload(url)]);
    expect((await serverCounts(key)).count).to.equal(2);
  });

  it('subscribers hear of each new result once, already cached and before its consumers resume; not of cache hits or failures', async () => {
    const { loader } = testLoader({ retries: 0 });
    const key = uniqueKey();
    const url = `/__fault/flaky/${key}?fail=1&status=503`;
    const heard: { title: string; cached: boolean; consumerResumed: boolean }[] = [];
    let resumed = false;
    const off = loader.subscribe((loaded) =>
      heard.push({
        title: loaded.course.title,
        cached: loader.peek(url) === loaded,
        consumerResumed: resumed,
      }),
    );
    expect(heldBy(loader)).to.equal(1);
    expect((await failure(loader.load(url))).status).to.equal(503);
    expect(heard).to.deep.equal([]);
    await loader.load(url).then(() => (resumed = true));
    await loader.load(url); // from the cache
    expect(heard).to.deep.equal([
      { title: 'Loader mini course', cached: true, consumerResumed: false },
    ]);
    off();
    expect(heldBy(loader)).to.equal(0);
    await loader.reload(url);
    expect(heard).to.have.length(1);
  });

  it('an unparseable URL is an error, not an exception', async () => {
    const { loader } = testLoader();
    const e = await failure(loader.load('http://[nope'));
    expect(e.kind).to.equal('network');
    expect(e.message).to.contain('not a valid URL');
  });
});
