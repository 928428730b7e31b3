import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { Clock } from '../../src/controllers/clock.js';
import { fakeClock } from '../components/fake-clock.js';
import { CourseDataController } from '../../src/controllers/course-data.js';
import { loader } from '../../src/data/loader.js';
import { CourseErrorEvent, CourseLoadEvent } from '../../src/events/index.js';
import {
  quickLoader,
  serverCounts,
  sleep,
  uniqueKey,
  until,
  watchUnhandled,
} from '../data/fault.js';
import { settle } from '../settle.js';
import { heldBy } from '../observe.js';

// Refresh runs on a clock; the shared one sleeps in hidden pages (wtr's second page per
// browser is hidden), so these tests use one that ignores visibility.
const realTimeClock = new Clock({
  now: () => Date.now(),
  setTimeout: (f, ms) => setTimeout(f, ms),
  clearTimeout: (id) => clearTimeout(id as number),
});

class DataProbe extends LitElement {
  static override properties = { src: {}, course: { attribute: false }, refresh: { type: Number } };
  src?: string;
  course?: unknown;
  refresh = 0;
  static clock = realTimeClock;
  readonly data = new CourseDataController(this, {
    clock: (this.constructor as typeof DataProbe).clock,
  });
  /** Every status this element rendered, in order. */
  seen: string[] = [];
  override render() {
    const d = this.data;
    this.seen.push(d.status);
    return html`<p>${d.status}|${d.course?.title ?? ''}|${d.stale ? 'stale' : ''}|${d.error?.kind ?? ''}</p>`;
  }
  get text() {
    return this.shadowRoot!.querySelector('p')!.textContent;
  }
}
customElements.define('data-probe', DataProbe);

/** A probe whose refresh runs on the fake clock, for showing that no refresh comes later. */
const fakeTime = fakeClock(Date.parse('2021-10-13T08:00:00Z'));
class FakeTimeProbe extends DataProbe {
  static override clock = fakeTime.clock;
}
customElements.define('fake-time-data-probe', FakeTimeProbe);

const MINI = {
  version: 1,
  title: 'Inline mini',
  timeZone: 'Europe/Paris',
  sessions: [{ id: 'a', title: 'A', start: '2021-10-13T10:00', end: '2021-10-13T11:00' }],
};

/** Records course-load / course-error events reaching the document. */
function recordEvents() {
  const events: (CourseLoadEvent | CourseErrorEvent)[] = [];
  const on = (e: Event) => events.push(e as CourseLoadEvent | CourseErrorEvent);
  document.addEventListener('course-load', on);
  document.addEventListener('course-error', on);
  return {
    events,
    stop: () => (
      document.removeEventListener('course-load', on),
      document.removeEventListener('course-error', on)
    ),
  };
}

const done = (el: DataProbe) => until(() => !el.data.loading, 5000, 'the load to finish');

describe('CourseDataController', () => {
  let rec: ReturnType<typeof recordEvents>;
  quickLoader();
  beforeEach(() => {
    rec = recordEvents();
  });
  afterEach(() => rec.stop());

  it('src: pending, then complete, firing a bubbling composed course-load', async () => {
    const key = uniqueKey();
    const el = await fixture<DataProbe>(
      html`<data-probe src="/__fault/slow/${key}?delay=100"></data-probe>`,
    );
    expect(el.text).to.equal('pending|||');
    await done(el);
    await el.updateComplete;
    expect(el.text).to.equal('complete|Loader mini course||');
    expect(rec.events).to.have.length(1);
    const e = rec.events[0] as CourseLoadEvent;
    expect(e).to.be.instanceOf(CourseLoadEvent);
    expect(e.type).to.equal('course-load');
    expect(e.bubbles && e.composed).to.equal(true);
    expect(e.target).to.equal(el);
    expect(e.course.title).to.equal('Loader mini course');
    expect(e.issues).to.deep.equal([]);
    expect(el.data.issues).to.deep.equal([]);
  });

  it('src 404: error state with the status, course-error fired', async () => {
    const el = await fixture<DataProbe>(
      html`<data-probe src="/__fault/status/${uniqueKey()}?code=404"></data-probe>`,
    );
    await done(el);
    await el.updateComplete;
    expect(el.text).to.equal('error|||http');
    expect(el.data.error!.message).to.contain('HTTP 404');
    const e = rec.events[0] as CourseErrorEvent;
    expect(e).to.be.instanceOf(CourseErrorEvent);
    expect(e.error.status).to.equal(404);
    expect(e.stale).to.equal(false);
    expect(e.bubbles && e.composed).to.equal(true);
  });

  it('the course property is validated like fetched JSON', async () => {
    const el = await fixture<DataProbe>(html`<data-probe .course=${MINI}></data-probe>`);
    await done(el);
    await el.updateComplete;
    expect(el.text).to.equal('complete|Inline mini||');
    el.course = { ...MINI, title: { nested: 'object' } };
    await until(() => el.data.status === 'error');
    await el.updateComplete;
    expect(el.text).to.equal('error|||invalid');
    expect(el.data.error!.path).to.equal('title');
    expect(rec.events.map((e) => e.type)).to.deep.equal(['course-load', 'course-error']);
  });

  it('the course property wins over src (no request)', async () => {
    const key = uniqueKey();
    const el = await fixture<DataProbe>(
      html`<data-probe src="/__fault/ok/${key}" .course=${MINI}></data-probe>`,
    );
    await done(el);
    expect(el.data.course!.title).to.equal('Inline mini');
    await sleep(50);
    expect((await serverCounts(key)).count).to.equal(0);
  });

  it('inline <script type="application/json">', async () => {
    const el = await fixture<DataProbe>(
      html`<data-probe><script type="application/json">${JSON.stringify(MINI)}</script></data-probe>`,
    );
    await done(el);
    expect(el.data.course!.title).to.equal('Inline mini');
    expect(el.data.course!.sessions[0]!.startMs).to.equal(Date.UTC(2021, 9, 13, 8));
  });

  it('inline JSON that is malformed (malformed) or empty (not-json), naming the script', async () => {
    const bad = await fixture<DataProbe>(
      html`<data-probe><script type="application/json">{"title": </script></data-probe>`,
    );
    await done(bad);
    expect(bad.data.error!.kind).to.equal('malformed');
    expect(bad.data.error!.message).to.contain(
      'inline <script type="application/json"> is not valid JSON',
    );
    const empty = await fixture<DataProbe>(
      html`<data-probe><script type="application/json"> </script></data-probe>`,
    );
    await done(empty);
    expect(empty.data.error!.kind).to.equal('not-json');
    expect(empty.data.error!.message).to.contain('empty');
  });

  it('no source at all: idle, no event', async () => {
    const el = await fixture<DataProbe>(html`<data-probe></data-probe>`);
    await sleep(20);
    expect(el.data.status).to.equal('idle');
    expect(rec.events).to.deep.equal([]);
  });

  it('five elements on one src make one request', async () => {
    const key = uniqueKey();
    const src = `/__fault/slow/${key}?delay=150`;
    const box = await fixture(
      html`<div>${[1, 2, 3, 4, 5].map(() => html`<data-probe src=${src}></data-probe>`)}</div>`,
    );
    const els = [...box.querySelectorAll<DataProbe>('data-probe')];
    await Promise.all(els.map(done));
    expect(els.map((e) => e.data.course?.title)).to.deep.equal(Array(5).fill('Loader mini course'));
    expect((await serverCounts(key)).count).to.equal(1);
    expect(rec.events.filter((e) => e.type === 'course-load')).to.have.length(5);
  });

  it('an element added after the data arrived renders it at once (never pending)', async () => {
    const key = uniqueKey();
    const first = await fixture<DataProbe>(
      html`<data-probe src="/__fault/ok/${key}"></data-probe>`,
    );
    await done(first);
    const late = await fixture<DataProbe>(html`<data-probe src="/__fault/ok/${key}"></data-probe>`);
    expect(late.seen[0]).to.equal('complete');
    expect(late.seen).to.not.include('pending');
    expect((await serverCounts(key)).count).to.equal(1);
  });

  it('data applied synchronously renders once; data that arrives later renders pending, then complete', async () => {
    // A second pass of the same output was 25 ms for a 1,000-session schedule (npm run bench).
    const given = await fixture<DataProbe>(html`<data-probe .course=${MINI}></data-probe>`);
    await done(given);
    await settle(given);
    expect(given.seen).to.deep.equal(['complete']);
    const key = uniqueKey();
    const fetched = await fixture<DataProbe>(
      html`<data-probe src="/__fault/ok/${key}"></data-probe>`,
    );
    await done(fetched);
    await settle(fetched);
    expect(fetched.seen).to.deep.equal(['pending', 'complete']);
    // Cached now: the next element on that src renders it once too.
    const cached = await fixture<DataProbe>(
      html`<data-probe src="/__fault/ok/${key}"></data-probe>`,
    );
    await done(cached);
    await settle(cached);
    expect(cached.seen).to.deep.equal(['complete']);
  });

  it('removing one of three mid-fetch: the others complete, the request goes on', async () => {
    const key = uniqueKey();
    const src = `/__fault/slow/${key}?delay=300`;
    const box = await fixture(
      html`<div>${[1, 2, 3].map(() => html`<data-probe src=${src}></data-probe>`)}</div>`,
    );
    const [gone, ...kept] = [...box.querySelectorAll<DataProbe>('data-probe')];
    await sleep(50);
    gone!.remove();
    await Promise.all(kept.map(done));
    expect(kept.map((e) => e.data.status)).to.deep.equal(['complete', 'complete']);
    expect(await serverCounts(key)).to.deep.equal({ count: 1, cancelled: 0 });
    expect(gone!.data.status).to.not.equal('error');
    expect(rec.events.filter((e) => e.type === 'course-error')).to.deep.equal([]);
  });

  it('removing all mid-fetch aborts the request: no error shown, no unhandled rejection; re-adding loads again', async function () {
    this.timeout(30_000); // the waits for the server below
    const unhandled = watchUnhandled();
    try {
      const key = uniqueKey();
      const src = `/__fault/slow/${key}?delay=1500`;
      const box = await fixture(
        html`<div>${[1, 2].map(() => html`<data-probe src=${src}></data-probe>`)}</div>`,
      );
      const els = [...box.querySelectorAll<DataProbe>('data-probe')];
      // Removed once the request is at the server (and before its answer): on a loaded machine
      // a fixed 50 ms could pass before the request left the browser, and then there is
      // nothing for the server to see cancelled.
      await until(
        async () => (await serverCounts(key)).count === 1,
        10_000,
        'the request to reach the server',
      );
      els.forEach((e) => e.remove());
      // When the server notices the closed connection is up to the browser's network process
      // and the machine's load: a generous bound costs nothing when it passes.
      await until(
        async () => (await serverCounts(key)).cancelled === 1,
        10_000,
        'the request to be cancelled',
      );
      await sleep(450);
      expect(unhandled.reasons).to.deep.equal([]);
      expect(rec.events).to.deep.equal([]);
      for (const el of els) {
        expect(el.data.status).to.not.equal('error');
        expect(el.data.error).to.equal(undefined);
        expect(el.seen).to.not.include('error');
      }
      // Back in the document: the aborted run is run again.
      box.append(els[0]!);
      await done(els[0]!);
      expect(els[0]!.data.course!.title).to.equal('Loader mini course');
      expect((await serverCounts(key)).count).to.equal(2);
    } finally {
      unhandled.stop();
    }
  });

  it('a DOM move mid-fetch neither errors nor refetches', async () => {
    const key = uniqueKey();
    const box = await fixture(
      html`<div><section></section><data-probe src="/__fault/slow/${key}?delay=300"></data-probe></div>`,
    );
    const el = box.querySelector<DataProbe>('data-probe')!;
    await sleep(50);
    box.querySelector('section')!.append(el); // disconnect + connect in one task
    await done(el);
    expect(el.data.course!.title).to.equal('Loader mini course');
    expect(await serverCounts(key)).to.deep.equal({ count: 1, cancelled: 0 });
    expect(el.seen).to.not.include('error');
    expect(rec.events.map((e) => e.type)).to.deep.equal(['course-load']);
  });

  it('a DOM move after loading keeps the data without a request', async () => {
    const key = uniqueKey();
    const box = await fixture(
      html`<div><section></section><data-probe src="/__fault/ok/${key}"></data-probe></div>`,
    );
    const el = box.querySelector<DataProbe>('data-probe')!;
    await done(el);
    box.querySelector('section')!.append(el);
    await sleep(50);
    await el.updateComplete;
    expect(el.data.status).to.equal('complete');
    expect((await serverCounts(key)).count).to.equal(1);
  });

  it('a failed reload keeps the data: stale, with the error and a course-error saying so', async () => {
    const key = uniqueKey();
    const el = await fixture<DataProbe>(
      html`<data-probe src="/__fault/once/${key}?status=500"></data-probe>`,
    );
    await done(el);
    el.seen = [];
    await el.data.reload();
    await el.updateComplete;
    expect(el.text).to.equal('complete|Loader mini course|stale|http');
    expect(el.data.stale).to.equal(true);
    expect(el.data.error!.status).to.equal(500);
    const errors = rec.events.filter((e): e is CourseErrorEvent => e.type === 'course-error');
    expect(errors).to.have.length(1);
    expect(errors[0]!.stale).to.equal(true);
    // The reload was retried (5xx): 1 + 4 requests.
    expect((await serverCounts(key)).count).to.equal(5);
    expect(el.seen.length).to.be.greaterThan(0);
    expect(
      el.seen.every((s) => s === 'complete'),
      'a reload must not blank the data',
    ).to.equal(true);
  });

  it('a successful reload clears stale', async () => {
    const key = uniqueKey();
    const el = await fixture<DataProbe>(
      html`<data-probe src="/__fault/flaky/${key}?fail=0"></data-probe>`,
    );
    await done(el);
    await el.data.reload();
    expect(el.data.stale).to.equal(false);
    expect(el.data.error).to.equal(undefined);
    expect((await serverCounts(key)).count).to.equal(2);
  });

  it('refresh (seconds) polls while connected, stops at 0 and on removal', async () => {
    const key = uniqueKey();
    const count = async () => (await serverCounts(key)).count;
    const el = await fixture<DataProbe>(
      html`<fake-time-data-probe refresh="0.2" src="/__fault/ok/${key}"></fake-time-data-probe>`,
    );
    // Each poll lets one period pass on the fake clock. A refresh within half a period of the
    // last load (the loader's cache ages in real time) is answered from the cache, so polls
    // repeat until the server has seen two refreshes.
    const periodsUntil = (check: () => Promise<boolean>, what: string) =>
      until(
        async () => {
          fakeTime.advance(200);
          return check();
        },
        3000,
        what,
      );
    await periodsUntil(async () => (await count()) >= 3, 'two refreshes');
    el.refresh = 0;
    await el.updateComplete;
    // The server counts a request when it arrives, which on a busy machine can be well after
    // the browser sent it; a request that was answered has surely been counted. So each
    // "no more requests" check starts from a moment with nothing in flight.
    await done(el);
    const stopped = await count();
    fakeTime.advance(60_000); // 300 periods: a refresh would start at the first one
    expect(el.data.loading, 'a refresh started after refresh = 0').to.equal(false);
    expect(await count()).to.equal(stopped);
    el.refresh = 0.2;
    await el.updateComplete;
    await periodsUntil(async () => (await count()) > stopped, 'refresh to resume');
    await done(el);
    el.remove(); // in the same task as the check above: no refresh can start in between
    const removed = await count();
    fakeTime.advance(60_000);
    expect(el.data.loading, 'a refresh started after removal').to.equal(false);
    expect(await count()).to.equal(removed);
    expect(el.data.status).to.equal('complete');
  });

  it('a refresh tick leaves a load in flight alone: a load slower than the period still arrives', async () => {
    // Fails when a tick starts a new run: Task aborts the run it supersedes, so every 400 ms
    // request was abandoned 100 ms in and the course never arrived.
    const key = uniqueKey();
    const el = await fixture<DataProbe>(
      html`<data-probe refresh="0.1" src="/__fault/slow/${key}?delay=400"></data-probe>`,
    );
    await until(() => !!el.data.course, 3000, 'the course');
    // Loads only (a tick within half a period of the load may repeat it from the cache before
    // this looks, as it did under load in WebKit), and no request abandoned.
    expect(rec.events.map((e) => e.type))
      .to.include('course-load')
      .and.not.include('course-error');
    // Nothing aborts a request while the element is connected, so none can have been abandoned.
    expect((await serverCounts(key)).cancelled).to.equal(0);
  });

  it('a failed refresh keeps the data shown', async () => {
    const key = uniqueKey();
    // 410 is not retried: in a hidden test page every retry timer may wait a whole second.
    // The route serves the course to the first request whatever becomes of it, 410 after: the
    // first load must finish before a refresh starts (it did not when a tick superseded it).
    const el = await fixture<DataProbe>(
      html`<data-probe refresh="0.2" src="/__fault/once/${key}?status=410"></data-probe>`,
    );
    await until(() => el.data.stale, 6000, 'a failed refresh');
    // The load first (a tick within half a period of it may repeat it from the cache), then the
    // failure, reported as stale.
    expect(rec.events[0]!.type).to.equal('course-load');
    const stale = rec.events
      .filter((e): e is CourseErrorEvent => e.type === 'course-error')
      .map((e) => e.stale);
    expect(stale).to.include(true).and.not.include(false);
    await el.updateComplete;
    expect(el.text).to.equal('complete|Loader mini course|stale|http');
    expect((await serverCounts(key)).cancelled).to.equal(0);
    el.remove();
  });

  describe('siblings on one src', () => {
    const loads = (el: Element) =>
      rec.events.filter((e) => e.type === 'course-load' && e.target === el).length;
    const RESILIENT = 'Resilient Together: Building School and Public Library Partnerships 2021';

    it('a reload by one element that failed with its siblings shows the data in all of them, one course-load each', async () => {
      // Fails without the loader's subscribe(): the siblings kept their error while the data sat in the cache.
      const retries = loader.options;
      loader.options = { ...retries, retries: 0 };
      try {
        const key = uniqueKey();
        const src = `/__fault/flaky/${key}?fail=1&status=503`;
        const box = await fixture(
          html`<div>${[1, 2, 3].map(() => html`<data-probe src=${src}></data-probe>`)}</div>`,
        );
        const els = [...box.querySelectorAll<DataProbe>('data-probe')];
        await Promise.all(els.map(done));
        await settle(box);
        expect(els.map((e) => e.text)).to.deep.equal(Array(3).fill('error|||http'));
        await els[1]!.data.reload();
        await settle(box);
        expect(els.map((e) => e.text)).to.deep.equal(
          Array(3).fill('complete|Loader mini course||'),
        );
        expect(els.map(loads), 'course-load per element').to.deep.equal([1, 1, 1]);
        expect((await serverCounts(key)).count).to.equal(2);
        // Taken from the cache: the siblings never showed a loading state on the way.
        expect(els[0]!.seen).to.deep.equal(['pending', 'error', 'complete']);
      } finally {
        loader.options = retries;
      }
    });

    it('a refresh by one element brings its newer data to a sibling without refresh', async () => {
      // Fails without subscribe(): the sibling kept the first course.
      const key = uniqueKey();
      const src = `/__fault/seq/${key}?fixtures=loader-mini,resilient-together-2021`;
      const box = await fixture(
        html`<div><data-probe refresh="0.3" src=${src}></data-probe><data-probe src=${src}></data-probe></div>`,
      );
      const [ticking, still] = [...box.querySelectorAll<DataProbe>('data-probe')] as [
        DataProbe,
        DataProbe,
      ];
      await Promise.all([done(ticking), done(still)]);
      await settle(box);
      expect(still.text).to.equal('complete|Loader mini course||');
      still.seen = [];
      await until(
        () => still.data.course?.title === RESILIENT,
        5000,
        'the sibling to show the refreshed course',
      );
      ticking.refresh = 0;
      await settle(box);
      await done(ticking);
      expect(still.text).to.equal(`complete|${RESILIENT}||`);
      expect(still.seen).to.not.include('pending', 'updated from the cache, never loading');
      // One request per result: the sibling's update did not fetch.
      expect(loads(still)).to.equal((await serverCounts(key)).count);
    });

    it('a removed element is not updated and holds no subscription; the course property and other URLs are left alone', async () => {
      // Fails without subscribe(): the connected sibling is not updated (and there is no subscriber count).
      const before = heldBy(loader);
      const key = uniqueKey();
      const src = `/__fault/seq/${key}?fixtures=loader-mini,resilient-together-2021`;
      const box = await fixture(
        html`<div><data-probe src=${src}></data-probe><data-probe src=${src}></data-probe><data-probe src=${src} .course=${MINI}></data-probe
          ><data-probe src="/__fault/ok/${uniqueKey()}"></data-probe></div>`,
      );
      const [kept, gone, given, other] = [...box.querySelectorAll<DataProbe>('data-probe')] as [
        DataProbe,
        DataProbe,
        DataProbe,
        DataProbe,
      ];
      await Promise.all([kept, gone, given, other].map(done));
      expect(heldBy(loader), 'one subscription per connected element').to.equal(before + 4);
      gone.remove();
      expect(heldBy(loader)).to.equal(before + 3);
      rec.events.length = 0;
      await kept.data.reload();
      await settle(box);
      expect(kept.text).to.equal(`complete|${RESILIENT}||`);
      await gone.updateComplete;
      expect(gone.text).to.equal('complete|Loader mini course||');
      expect(given.text).to.equal('complete|Inline mini||');
      expect(other.text).to.equal('complete|Loader mini course||');
      expect(rec.events.map((e) => e.target)).to.deep.equal([kept]);
      box.remove();
      expect(heldBy(loader)).to.equal(before);
    });

    it('an element put back in the page catches up with a result that arrived while it was out, without a request', async () => {
      // Fails without the catch-up in hostConnected(): the element kept the course it had when removed.
      const key = uniqueKey();
      const src = `/__fault/seq/${key}?fixtures=loader-mini,resilient-together-2021`;
      const box = await fixture(
        html`<div><data-probe src=${src}></data-probe><data-probe src=${src}></data-probe></div>`,
      );
      const [kept, away] = [...box.querySelectorAll<DataProbe>('data-probe')] as [
        DataProbe,
        DataProbe,
      ];
      await Promise.all([kept, away].map(done));
      away.remove();
      await kept.data.reload();
      await settle(box);
      expect(away.text).to.equal('complete|Loader mini course||');
      rec.events.length = 0;
      box.append(away);
      await settle(box);
      expect(away.text).to.equal(`complete|${RESILIENT}||`);
      expect(rec.events.map((e) => [e.type, e.target])).to.deep.equal([['course-load', away]]);
      expect((await serverCounts(key)).count).to.equal(2);
    });
  });

  it('a new src replaces the course (not stale) and a failing new src does not show the old course', async () => {
    const el = await fixture<DataProbe>(
      html`<data-probe src="/__fault/ok/${uniqueKey()}"></data-probe>`,
    );
    await done(el);
    el.src = `/__fault/status/${uniqueKey()}?code=410`;
    await el.updateComplete;
    await done(el);
    await el.updateComplete;
    expect(el.text).to.equal('error|||http');
    expect(el.data.course).to.equal(undefined);
    el.src = `/__fault/ok/${uniqueKey()}?fixture=loader-mini`;
    await el.updateComplete;
    await done(el);
    expect(el.data.status).to.equal('complete');
    expect(el.data.error).to.equal(undefined);
    await settle(el.shadowRoot!);
  });
});
