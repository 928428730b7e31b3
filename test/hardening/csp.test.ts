// The elements on a page served with a strict Content-Security-Policy, in an iframe (the test
// runner's own page needs inline script): default-src 'self'; style-src 'self'; object-src
// 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html. Every
// element is driven through every state (loading, error and Retry, data, live, ended, every
// registration and countdown state, disclosures, the time switch, a failed refresh) with zero
// securitypolicyviolation events in the page and zero reports at its report-uri. Controls show
// the checks can fail: an innerHTML assignment is caught, a page without Lit's policy name
// cannot load the elements, and the CDN script included twice needs 'allow-duplicates'.
import { expect } from '@open-wc/testing';
import { SETUP_TIMEOUT_MS, built } from '../package/package.js';
import { AT, course } from './courses.js';
import {
  cleanup,
  errorBox,
  fallbackLink,
  make,
  serve,
  settled,
  shadowText,
  sleep,
  state,
  uniqueKey,
  until,
} from './helpers.js';

interface Probe {
  violations: string[];
  errors: string[];
  ready: Promise<void>;
}
type El = HTMLElement & { updateComplete: Promise<unknown>; reload(): Promise<void> };

const reports = async (key: string): Promise<{ directive: string; blocked: string }[]> =>
  (await fetch(`/__hardening/csp-reports/${key}`, { cache: 'no-store' })).json();

/** Opens the CSP page in an iframe and waits until its elements are defined (or failed to be). */
async function open(key: string, policy: string, from = 'src') {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px';
  frame.src = `/__hardening/csp/${key}.html?policy=${policy}&from=${from}`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __csp?: Probe };
  await until(() => !!win.__csp, 5000, 'the CSP page to start');
  const probe = win.__csp!;
  const ready = await probe.ready.then(
    () => true,
    (e: unknown) => (probe.errors.push(String(e)), false),
  );
  return { frame, doc: frame.contentDocument!, win, probe, ready };
}

async function click(el: El, selector: string) {
  for (const c of el.shadowRoot!.querySelectorAll<HTMLElement>(selector)) c.click();
  await sleep(0);
  await el.updateComplete;
}

describe('a page with a strict Content-Security-Policy', function () {
  this.timeout(60_000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    cleanup();
    frames.splice(0).forEach((f) => f.remove());
  });

  it('every element in every state: zero violations, zero reports, zero errors; then an innerHTML assignment is caught', async () => {
    const key = uniqueKey();
    const src = await serve(course((n) => `Text ${n}`));
    const { frame, doc, probe, ready } = await open(key, 'strict');
    frames.push(frame);
    expect(ready, probe.errors.join('\n')).to.equal(true);
    const body = doc.body;
    const el = (tag: string, attrs: Record<string, string>) =>
      make<El>(tag, attrs, {}, [fallbackLink(doc)], body);
    const states: string[] = [];
    const reach = async (e: El, what: string, check: () => boolean) => {
      await until(check, 8000, what);
      await e.updateComplete;
      states.push(what);
    };

    // Loading, then an error with Retry that succeeds: for all four.
    for (const tag of ['course-schedule', 'session-card', 'register-button', 'countdown-timer']) {
      const flaky = `/__fault/flaky/${uniqueKey()}?fail=1&status=404&fixture=resilient-together-2021`;
      const slow = `/__fault/slow/${uniqueKey()}?delay=800&fixture=resilient-together-2021`;
      const loading = el(tag, { src: slow, now: '2021-10-13T18:20:00Z' });
      await reach(loading, `<${tag}> loading`, () =>
        ['pending', 'fallback'].includes(state(loading)),
      );
      await reach(loading, `<${tag}> data after loading`, () => state(loading) === 'data');
      const failing = el(tag, { src: flaky, now: '2021-10-13T18:20:00Z' });
      await reach(failing, `<${tag}> error`, () => state(failing) === 'error');
      errorBox(failing).retry!.click();
      await reach(failing, `<${tag}> data after Retry`, () => state(failing) === 'data');
    }

    // The schedule: live, every disclosure, the time switch both ways, Spanish, a failed refresh.
    const schedule = el('course-schedule', { src, now: AT.live, 'time-zone': 'Asia/Kolkata' });
    await reach(schedule, 'schedule live', () => !!schedule.shadowRoot!.querySelector('.live'));
    await click(schedule, 'details:not([open]) > summary, button[aria-expanded="false"]');
    await click(schedule, 'details:not([open]) > summary, button[aria-expanded="false"]');
    await reach(
      schedule,
      'schedule disclosures open (calendar data: links built)',
      () => !!schedule.shadowRoot!.querySelector('a[href^="data:text/calendar"]'),
    );
    await click(schedule, '[data-event-time="true"]');
    await reach(
      schedule,
      'schedule in event time',
      () =>
        schedule
          .shadowRoot!.querySelector('[data-event-time="true"]')!
          .getAttribute('aria-pressed') === 'true',
    );
    await click(schedule, '[data-event-time="false"]');
    schedule.setAttribute('lang', 'es');
    await reach(schedule, 'schedule in Spanish', () =>
      shadowText(schedule).includes('En vivo ahora'),
    );
    const stale = el('course-schedule', {
      src: `/__fault/once/${uniqueKey()}?status=500&fixture=resilient-together-2021`,
      now: '2021-10-13T18:20:00Z',
    });
    await reach(stale, 'schedule data', () => state(stale) === 'data');
    await stale.reload();
    await reach(stale, 'schedule stale', () => shadowText(stale).includes('Showing saved data'));
    const partial = el('course-schedule', {
      src: '/test/fixtures/partial-2021.json',
      now: AT.live,
    });
    await reach(
      partial,
      'schedule with skipped sessions',
      () => !!partial.shadowRoot!.querySelector('details[part~="notice"]'),
    );

    // Cards: upcoming, starting soon, live with Join, ended with the recording, an unknown id.
    for (const [now, id, marker] of [
      [AT.open, 's2', '.upcoming'],
      ['2030-03-04T16:50:00Z', 's2', '.starting-soon'],
      [AT.live, 's2', '.live a[part~="link"]'],
      [AT.live, 's1', '.ended a[part~="link"]'],
      [AT.open, 'nope', 'p[part~="notice"]'],
    ] as const) {
      const card = el('session-card', { src, now, 'session-id': id });
      await reach(card, `card ${marker}`, () => !!card.shadowRoot!.querySelector(marker));
      await click(card, 'details:not([open]) > summary, button[aria-expanded="false"]');
    }

    // The register button in every registration state.
    for (const [attrs, marker] of [
      [{ now: AT.beforeOpen }, '[part~="status"] time'],
      [{ now: AT.open }, '[data-kind="register"]'],
      [{ now: '2030-03-02T14:00:00Z' }, '[part~="deadline"]'],
      [{ now: AT.open, status: 'full' }, '[data-kind="waitlist"]'],
      [{ now: AT.live }, '[part~="status"]'],
      [{ now: AT.open, status: 'cancelled' }, '[part~="status"]'],
      [{ now: AT.after }, '[data-kind="on-demand"]'],
    ] as const) {
      const button = el('register-button', { src, ...attrs });
      await reach(
        button,
        `button ${marker} ${JSON.stringify(attrs)}`,
        () => !!button.shadowRoot!.querySelector(marker),
      );
    }
    const attrsOnly = el('register-button', {
      href: 'https://example.org/r',
      opens: '2030-02-01T05:00:00Z',
      now: AT.open,
    });
    await reach(
      attrsOnly,
      'button from attributes',
      () => !!attrsOnly.shadowRoot!.querySelector('[data-kind="register"]'),
    );

    // The countdown: days, ticking seconds paused and resumed, live, a `to` that passed, the end.
    const ticking = el('countdown-timer', { src, now: '2030-03-04T16:30:00Z' });
    await reach(
      ticking,
      'countdown with seconds',
      () => !!ticking.shadowRoot!.querySelector('[part~="pause"]'),
    );
    await click(ticking, '[part~="pause"]');
    await reach(ticking, 'countdown paused', () =>
      shadowText(ticking).includes('Resume countdown'),
    );
    await click(ticking, '[part~="pause"]');
    for (const [attrs, marker] of [
      [{ src, now: AT.open }, '.counting [part~="time"]'],
      [{ src, now: AT.open, format: 'compact' }, '[part~="time"]'],
      [{ src, now: AT.live }, '.live a[part~="button"]'],
      [{ to: '2030-01-01T00:00:00Z', now: AT.open, label: 'New year' }, '.started'],
      [{ src, now: AT.after }, '.ended a[part~="button"]'],
    ] as const) {
      const countdown = el('countdown-timer', attrs);
      await reach(
        countdown,
        `countdown ${marker}`,
        () => !!countdown.shadowRoot!.querySelector(marker),
      );
    }
    // A real-time countdown (no `now`): the shared clock runs in the page.
    const live = el('countdown-timer', {
      to: new Date(Date.now() + 3_000).toISOString().replace(/\.\d+/, ''),
    });
    await reach(
      live,
      'countdown on the real clock, past its instant',
      () => !!live.shadowRoot!.querySelector('.started'),
    );

    await sleep(500); // reports are posted asynchronously
    expect(states.length).to.be.greaterThan(40);
    expect(probe.violations, 'securitypolicyviolation events').to.deep.equal([]);
    expect(await reports(key), 'reports at the report-uri').to.deep.equal([]);
    expect(probe.errors, 'uncaught errors').to.deep.equal([]);

    // The control: an HTML string into a DOM sink is refused and reported.
    // A TypeError (the frame's own) in every engine; its text differs (Chromium names
    // TrustedHTML, Firefox says "Sink type mismatch violation").
    expect(() => (doc.createElement('div').innerHTML = '<b>x</b>'))
      .to.throw()
      .with.property('name', 'TypeError');
    await until(() => probe.violations.length > 0, 2000, 'the violation event');
    expect(probe.violations[0]).to.match(/^require-trusted-types-for/);
    await until(async () => (await reports(key)).length > 0, 5000, 'the violation report');
  });

  it('the same policy without its Trusted Types directives (a browser without them): the elements load and render, zero violations', async () => {
    const key = uniqueKey();
    const { frame, doc, probe, ready } = await open(key, 'no-trusted-types');
    frames.push(frame);
    expect(ready, probe.errors.join('\n')).to.equal(true);
    const els = ['course-schedule', 'session-card', 'register-button', 'countdown-timer'].map(
      (tag) =>
        make<El>(
          tag,
          {
            src: '/test/fixtures/resilient-together-2021.json',
            now: '2021-10-13T18:20:00Z',
            ...(tag === 'session-card' ? { 'session-id': 'w1-s1' } : {}),
          },
          {},
          [],
          doc.body,
        ),
    );
    expect(await Promise.all(els.map((e) => settled(e)))).to.deep.equal([
      'data',
      'data',
      'data',
      'data',
    ]);
    expect(shadowText(els[0]!)).to.contain('Building Relationships');
    await sleep(500);
    expect(probe.violations).to.deep.equal([]);
    expect(probe.errors).to.deep.equal([]);
    expect(await reports(key)).to.deep.equal([]);
  });

  it("the policy must name lit-html: with trusted-types 'none' the elements cannot load (reported)", async () => {
    const key = uniqueKey();
    const { frame, probe, ready } = await open(key, 'no-policy');
    frames.push(frame);
    expect(ready).to.equal(false);
    expect(probe.errors.join('\n')).to.match(/lit-html/);
    await until(
      async () => (await reports(key)).some((r) => r.directive === 'trusted-types'),
      5000,
      'a trusted-types report',
    );
  });

  describe('the CDN script included twice', function () {
    before(async function () {
      this.timeout(SETUP_TIMEOUT_MS);
      await built();
    });

    it("under trusted-types lit-html the second copy cannot create Lit's policy again (reported); the first copy's elements work", async () => {
      const key = uniqueKey();
      const { frame, doc, probe, ready } = await open(key, 'strict', 'cdn-twice');
      frames.push(frame);
      expect(ready).to.equal(true);
      await until(
        async () => (await reports(key)).some((r) => r.directive === 'trusted-types'),
        5000,
        'a trusted-types report',
      );
      const el = make<El>(
        'course-schedule',
        { src: '/test/fixtures/resilient-together-2021.json', now: '2021-10-13T18:20:00Z' },
        {},
        [],
        doc.body,
      );
      expect(await settled(el)).to.equal('data');
      expect(probe.violations.filter((v) => !v.startsWith('trusted-types'))).to.deep.equal([]);
    });

    it("with 'allow-duplicates' (or the script included once): no violation, no error, the elements work", async () => {
      const key = uniqueKey();
      const { frame, doc, probe, ready } = await open(key, 'duplicates', 'cdn-twice');
      frames.push(frame);
      expect(ready).to.equal(true);
      const els = ['course-schedule', 'register-button', 'countdown-timer', 'session-card'].map(
        (tag) =>
          make<El>(
            tag,
            { src: '/test/fixtures/resilient-together-2021.json', now: '2021-10-13T18:20:00Z' },
            {},
            [],
            doc.body,
          ),
      );
      expect(await Promise.all(els.map((e) => settled(e)))).to.deep.equal([
        'data',
        'data',
        'data',
        'data',
      ]);
      await sleep(500);
      expect(probe.violations).to.deep.equal([]);
      expect(probe.errors).to.deep.equal([]);
      expect(await reports(key)).to.deep.equal([]);
    });
  });
});
