// Broken networks at the element level, over real HTTP from the fault routes of
// test/server/plugins.mjs: every element ends in the right visible state, says what happened
// (the HTTP status, "not JSON", too slow, too large, a network error), keeps the page's
// fallback content, offers Retry, and the shared request is retried only where it should be
// (counted by the server). A page that already shows data keeps it when a refresh fails.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { loader } from '../../src/data/loader.js';
import type { CourseErrorEvent } from '../../src/events/course-error.js';
import { spyWarn } from '../components/helpers.js';
import { serverConfig, serverCounts } from '../data/fault.js';
import {
  TAGS,
  cleanup,
  errorBox,
  fallbackLink,
  make,
  settled,
  shadowText,
  slotted,
  state,
  uniqueKey,
  until,
} from './helpers.js';

const NOW = '2021-10-13T18:20:00Z'; // Week 1's first session is live
const SEED_FIXTURE = 'resilient-together-2021';

interface Case {
  name: string;
  src: (key: string) => string | Promise<string>;
  /** 'data' when the elements end up showing the course. */
  ends: 'data' | 'error';
  kind?: string;
  /** What the lead sentence must say. */
  lead?: RegExp;
  /** Requests the server saw for the key (undefined: not countable, another origin). */
  requests?: number;
  /** The technical message, in the console with the URL (the detail line has a hint, no URL). */
  detail?: RegExp;
}

const CASES: Case[] = [
  {
    name: '404',
    src: (k) => `/__fault/status/${k}?code=404`,
    ends: 'error',
    kind: 'http',
    lead: /^The course data could not be loaded \(HTTP 404\)\.$/,
    requests: 1,
    detail: /HTTP 404 Not Found/,
  },
  {
    name: '500 every time (retried, then given up)',
    src: (k) => `/__fault/status/${k}?code=500`,
    ends: 'error',
    kind: 'http',
    lead: /\(HTTP 500\)/,
    requests: 4,
  },
  {
    name: '500 then success',
    src: (k) => `/__fault/flaky/${k}?fail=1&status=500&fixture=${SEED_FIXTURE}`,
    ends: 'data',
    requests: 2,
  },
  {
    name: '503 twice then success',
    src: (k) => `/__fault/flaky/${k}?fail=2&status=503&fixture=${SEED_FIXTURE}`,
    ends: 'data',
    requests: 3,
  },
  {
    name: '429 every time (retried, then given up)',
    src: (k) => `/__fault/flaky/${k}?fail=99&status=429`,
    ends: 'error',
    kind: 'http',
    lead: /\(HTTP 429\)/,
    requests: 4,
  },
  {
    name: 'malformed JSON (cut off, served as application/json)',
    src: (k) => `/__fault/malformed/${k}`,
    ends: 'error',
    kind: 'malformed',
    lead: /incomplete or malformed/,
    requests: 1,
    detail: /Incomplete or malformed JSON/,
  },
  {
    name: 'an HTML login page with status 200',
    src: (k) => `/__fault/html/${k}`,
    ends: 'error',
    kind: 'not-json',
    lead: /did not send JSON/,
    requests: 1,
    detail: /HTML page .*login/,
  },
  {
    name: 'an empty body',
    src: (k) => `/__fault/empty/${k}`,
    ends: 'error',
    kind: 'not-json',
    lead: /did not send JSON/,
    requests: 1,
    detail: /empty response/,
  },
  {
    name: 'a body that trickles past the timeout',
    src: (k) => `/__fault/trickle/${k}?interval=250`,
    ends: 'error',
    kind: 'timeout',
    lead: /took too long/,
    requests: 1,
    detail: /No complete response within 3 s/,
  },
  {
    name: 'a response over the size cap (Content-Length)',
    src: (k) => `/__fault/large/${k}?bytes=2200000`,
    ends: 'error',
    kind: 'too-large',
    lead: /too large/,
    requests: 1,
    detail: /over the 2 MB limit/,
  },
  {
    name: 'a 5 MB response streamed without Content-Length',
    src: (k) => `/__fault/large/${k}?bytes=5000000&length=0`,
    ends: 'error',
    kind: 'too-large',
    lead: /too large/,
    requests: 1,
    detail: /over the 2 MB limit/,
  },
  {
    name: 'a refused connection',
    src: async () => `${(await serverConfig()).refusedOrigin}/x.json`,
    ends: 'error',
    kind: 'network',
    lead: /network error/,
    detail: /could not be reached/,
  },
  {
    name: 'a second origin without CORS headers',
    src: async () => `${(await serverConfig()).corsOrigin}/${SEED_FIXTURE}.json`,
    ends: 'error',
    kind: 'network',
    lead: /network error/,
    detail: /CORS/,
  },
];

describe('broken networks, element by element', function () {
  this.timeout(20_000);
  let saved: typeof loader.options;
  before(() => {
    saved = loader.options;
    // Fast retries (the server's Retry-After still wins); a timeout the trickle (about 6 s) outlasts.
    loader.options = { retryDelay: (_n, retryAfterMs) => retryAfterMs ?? 5, timeoutMs: 3000 };
  });
  after(() => (loader.options = saved));
  afterEach(cleanup);

  for (const c of CASES) {
    it(`${c.name}: ${c.ends === 'data' ? 'the data, after retries' : `an error saying so (${c.kind})`}, the fallback kept, ${c.requests ?? 'uncounted'} request(s) for all four elements`, async () => {
      const key = uniqueKey();
      const src = await c.src(key);
      const errors: CourseErrorEvent[] = [];
      const warnings = spyWarn();
      const els = TAGS.map((tag) => make(tag, { src, now: NOW }, {}, [fallbackLink()]));
      for (const el of els)
        el.addEventListener('course-error', (e) => errors.push(e as CourseErrorEvent));
      const ends = await Promise.all(els.map((el) => settled(el))).finally(warnings.restore);
      expect(ends).to.deep.equal(TAGS.map(() => c.ends));
      if (c.ends === 'data') {
        for (const el of els)
          expect(
            slotted(el),
            `<${el.localName}> hides its fallback once it shows data`,
          ).to.deep.equal([]);
        expect(errors).to.deep.equal([]);
      } else {
        expect(errors.map((e) => e.error.kind)).to.deep.equal(TAGS.map(() => c.kind));
        for (const el of els) {
          const box = errorBox(el);
          expect(box.lead, `<${el.localName}>`).to.match(c.lead!);
          expect(box.role, `<${el.localName}> announces it`).to.equal('alert');
          expect(box.retry?.textContent, `<${el.localName}> offers Retry`).to.equal('Retry');
          expect(
            slotted(el).map((n) => n.textContent),
            `<${el.localName}> keeps the fallback`,
          ).to.deep.equal(['Course page']);
        }
        if (c.detail) {
          const logged = warnings.calls.filter((w) => c.detail!.test(w));
          expect(logged.length, 'the technical detail, in the console').to.be.above(0);
          // The address is in the console, never shown to visitors.
          const url = errors[0]!.error.url;
          if (url) expect(logged.join('\n')).to.contain(url);
          for (const el of els) expect(errorBox(el).text).to.not.contain('://');
        }
      }
      if (c.requests !== undefined)
        expect((await serverCounts(key)).count, 'requests').to.equal(c.requests);
    });
  }

  it('429 with Retry-After: 1 waits that second before the one retry, then shows the data', async () => {
    const key = uniqueKey();
    const t0 = performance.now();
    const els = TAGS.map((tag) =>
      make(tag, {
        src: `/__fault/flaky/${key}?fail=1&status=429&retry-after=1&fixture=${SEED_FIXTURE}`,
        now: NOW,
      }),
    );
    expect(await Promise.all(els.map((el) => settled(el)))).to.deep.equal(TAGS.map(() => 'data'));
    expect(performance.now() - t0).to.be.at.least(950);
    expect((await serverCounts(key)).count).to.equal(2);
  });

  it("Retry after an error loads again and shows the data, in every widget on that src (each element's Retry works)", async () => {
    const src = (key: string) => `/__fault/flaky/${key}?fail=1&status=404&fixture=${SEED_FIXTURE}`;
    for (const [i, tag] of TAGS.entries()) {
      const key = uniqueKey();
      const els = TAGS.map((t) => make(t, { src: src(key), now: NOW }));
      expect(await Promise.all(els.map((el) => settled(el)))).to.deep.equal(
        TAGS.map(() => 'error'),
      );
      expect((await serverCounts(key)).count).to.equal(1);
      errorBox(els[i]!).retry!.click();
      // The one request it makes brings the data to its siblings on the same src too.
      await until(
        () => els.every((el) => state(el) === 'data'),
        5000,
        `all four to show the data after <${tag}>'s Retry`,
      );
      expect((await serverCounts(key)).count).to.equal(2);
      cleanup();
    }
  });

  it('a page that showed data keeps it when a reload fails: the stale note, no error box', async () => {
    const key = uniqueKey();
    const src = `/__fault/once/${key}?status=500&fixture=${SEED_FIXTURE}`;
    const els = TAGS.map((tag) => make(tag, { src, now: NOW }));
    await Promise.all(els.map((el) => settled(el)));
    const before = els.map(shadowText);
    const stale: boolean[] = [];
    for (const el of els)
      el.addEventListener('course-error', (e) => stale.push((e as CourseErrorEvent).stale));
    await Promise.all(els.map((el) => (el as unknown as { reload(): Promise<void> }).reload()));
    await until(() => stale.length === 4, 5000, 'four course-error events');
    await Promise.all(
      els.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete),
    );
    expect(stale).to.deep.equal([true, true, true, true]);
    expect(els.map(state)).to.deep.equal(['data', 'data', 'data', 'data']);
    const note = 'Showing saved data; the latest update failed.';
    for (const el of els)
      expect(shadowText(el), `<${el.localName}> notes the stale data`).to.contain(note);
    // What they showed stays, the note added after it.
    const bare = (t: string) => t.replace(/\s/g, '');
    for (const [i, el] of els.entries())
      expect(bare(shadowText(el).replace(note, ''))).to.equal(bare(before[i]!));
    // The initial request, then the reload's first attempt and three retries (shared by all four).
    expect((await serverCounts(key)).count).to.equal(5);
  });

  it('a failed periodic refresh (refresh="1") keeps the schedule on screen with the stale note', async function () {
    this.timeout(30_000);
    const key = uniqueKey();
    const el = make('course-schedule', {
      src: `/__fault/once/${key}?status=503&fixture=${SEED_FIXTURE}`,
      now: NOW,
      refresh: '1',
    });
    await settled(el);
    await until(
      () => shadowText(el).includes('Showing saved data'),
      15_000,
      'the stale note after a refresh',
    );
    expect(state(el)).to.equal('data');
    expect(el.shadowRoot!.querySelectorAll('[part~="session"]').length).to.equal(11);
  });
});
