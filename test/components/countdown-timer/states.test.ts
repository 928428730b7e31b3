// Every state of <countdown-timer> at chosen instants (`now`), from the seed and all-kinds
// courses over HTTP and from `to`, with an axe check each. Remaining times are independent
// of the visitor's zone; the DST cases take their expected lengths from Temporal.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../../../src/components/countdown-timer/define.js';
import type { CountdownTimerElement } from '../../../src/components/countdown-timer/countdown-timer.js';
import { loader } from '../../../src/data/loader.js';
import type { CourseErrorEvent } from '../../../src/events/course-error.js';
import { uniqueKey } from '../../data/fault.js';
import {
  $,
  ALL_KINDS,
  expectOnlySafeLinks,
  HOSTILE,
  part,
  quickLoader,
  SEED,
  seen,
  shown,
  spyWarn,
  Temporal,
  until,
} from '../helpers.js';

const S1 = 'Building Relationships as a Foundation for School and Public Partnerships';
const S2 = 'Case Study: Lessons From a Long Term Library Partnership';
const OD = 'https://courses.example.org/resilient-together-2021/on-demand';

async function at(
  src: string,
  now: string,
  attrs: Record<string, string> = {},
): Promise<CountdownTimerElement> {
  const el = document.createElement('countdown-timer') as CountdownTimerElement;
  for (const [k, v] of Object.entries({ src, now, ...attrs })) el.setAttribute(k, v);
  await fixture(el);
  await shown(el);
  return el;
}

const pause = (el: Element) => $(el, 'button[part="pause"]');
const link = (el: Element) => $(el, 'a[part="button"]');

describe('<countdown-timer> states from course data', () => {
  beforeEach(() => loader.clear());

  it('days ahead: the next session\'s title and "Starts in 2 days, 2 hours"; no seconds, no pause button', async () => {
    const el = await at(SEED, '2021-10-11T16:00:00Z');
    expect(seen(el)).to.equal(`${S1} | Starts in 2 days, 2 hours`);
    expect(part(el, 'time')).to.equal('2 days, 2 hours');
    expect(pause(el)).to.equal(null);
    expect(
      $(el, '[part="status"]')!.closest('[aria-live], [role="status"], [role="timer"]'),
    ).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('compact format, and a label that replaces the title', async () => {
    const el = await at(SEED, '2021-10-11T15:55:00Z', {
      format: 'compact',
      label: 'Resilient Together begins',
    });
    expect(seen(el)).to.equal('Resilient Together begins | Starts in 2d 2h 5m');
    await expect(el).to.be.accessible();
  });

  it('`seconds` shows them days ahead, with a pause button', async () => {
    const el = await at(SEED, '2021-10-11T15:59:30Z', { seconds: '' });
    expect(part(el, 'time')).to.equal('2 days, 2 hours, 30 seconds');
    expect(pause(el)!.textContent).to.equal('Pause countdown');
    await expect(el).to.be.accessible();
  });

  it('the final hour shows seconds and offers the pause button', async () => {
    const el = await at(SEED, '2021-10-13T17:30:15Z');
    expect(part(el, 'time')).to.equal('29 minutes, 45 seconds');
    expect(pause(el)!.getAttribute('type')).to.equal('button');
    await expect(el).to.be.accessible();
  });

  it('live: "Live now" with the Join link, and no link when the session has none', async () => {
    const el = await at(SEED, '2021-10-13T18:10:00Z');
    expect(seen(el)).to.equal(`${S1} | Live now | Join`);
    expect(link(el)!.getAttribute('href')).to.equal(
      'https://meet.example.org/resilient-together/w1-s1',
    );
    await expect(el).to.be.accessible();
    const seed = await (await fetch(SEED)).json();
    for (const session of seed.sessions) delete session.joinUrl;
    const bare = document.createElement('countdown-timer') as CountdownTimerElement;
    bare.course = seed;
    bare.setAttribute('now', '2021-10-13T18:10:00Z');
    await fixture(bare);
    await shown(bare);
    expect(seen(bare)).to.equal(`${S1} | Live now`);
    expect(link(bare)).to.equal(null);
  });

  it('live with a joinUrl: the Join link', async () => {
    // keynote: 2021-09-14T10:00 Chicago (CDT) = 15:00Z
    const el = await at(ALL_KINDS, '2021-09-14T15:10:00Z');
    expect(seen(el)).to.equal(
      'Opening Keynote: Libraries as Civic Infrastructure | Live now | Join',
    );
    expect(link(el)!.getAttribute('href')).to.equal('https://meet.example.org/keynote');
    await expect(el).to.be.accessible();
  });

  it("between sessions (an intermission): the next session's countdown", async () => {
    const el = await at(SEED, '2021-10-13T18:45:00Z');
    expect(seen(el)).to.equal(`${S2} | Starts in 15 minutes | Pause countdown`);
  });

  it('after the last session: "This course has ended" with the on-demand link, then without it', async () => {
    const el = await at(SEED, '2021-11-01T00:00:00Z');
    expect(seen(el)).to.equal('This course has ended | Watch on demand');
    expect(link(el)!.getAttribute('href')).to.equal(OD);
    await expect(el).to.be.accessible();
    const later = await at(SEED, '2022-05-01T00:00:00Z');
    expect(seen(later)).to.equal('This course has ended');
    expect(link(later)).to.equal(null);
  });

  it('session-id pins one session: counting to it while others come first, then "Ended"', async () => {
    const el = await at(SEED, '2021-10-13T12:00:00Z', { 'session-id': 'w3-s2' });
    expect(seen(el)).to.equal(
      'Navigating Agreements and Contracts: A Panel Discussion | Starts in 14 days, 7 hours',
    );
    const ended = await at(SEED, '2021-10-27T20:00:00Z', { 'session-id': 'w1-s1' });
    expect(seen(ended)).to.equal(`${S1} | Ended | Watch on demand`);
    await expect(ended).to.be.accessible();
  });

  it('a pinned cancelled or postponed session says so', async () => {
    const cancelled = await at(ALL_KINDS, '2021-09-01T00:00:00Z', { 'session-id': 'cancelled' });
    expect(seen(cancelled)).to.equal('Site Visit (cancelled) | Cancelled');
    await expect(cancelled).to.be.accessible();
    const postponed = await at(ALL_KINDS, '2021-09-01T00:00:00Z', { 'session-id': 'panel' });
    expect(seen(postponed)).to.equal('Panel: Funding What Works | Postponed');
  });

  it('an unknown session-id shows the fallback and warns once', async () => {
    const warn = spyWarn();
    try {
      const el = document.createElement('countdown-timer') as CountdownTimerElement;
      el.setAttribute('src', SEED);
      el.setAttribute('session-id', 'nope');
      el.innerHTML = '<span>Starts October 13</span>';
      const loaded = new Promise((r) => el.addEventListener('course-load', r, { once: true }));
      await fixture(el);
      await loaded;
      for (let i = 0; i < 3; i++) {
        el.requestUpdate();
        await el.updateComplete;
      }
      expect($(el, '[part="base"]')).to.equal(null);
      expect(
        ($(el, 'slot') as HTMLSlotElement).assignedElements().map((e) => e.textContent),
      ).to.deep.equal(['Starts October 13']);
      expect(warn.calls).to.deep.equal([
        'course-widgets: <countdown-timer> session-id: no session has the id "nope"',
      ]);
    } finally {
      warn.restore();
    }
  });

  it('dangerous join and on-demand URLs never become links; hostile text stays text', async () => {
    const bad = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:x',
      'data:text/html,x',
      'vbscript:msgbox(1)',
      'blob:https://example.org/x',
    ];
    for (const url of bad) {
      const course = {
        version: 1 as const,
        title: 'Links',
        timeZone: 'America/New_York',
        onDemand: { url },
        sessions: [
          { id: 'a', title: 'A', start: '2021-10-13T14:00', end: '2021-10-13T15:00', joinUrl: url },
        ],
      };
      for (const now of ['2021-10-13T18:10:00Z', '2021-10-14T00:00:00Z']) {
        const el = document.createElement('countdown-timer') as CountdownTimerElement;
        el.course = course;
        el.setAttribute('now', now);
        await fixture(el);
        await shown(el);
        expect(seen(el), JSON.stringify(url)).to.equal(
          now.startsWith('2021-10-13') ? 'A | Live now' : 'This course has ended',
        );
        expect(expectOnlySafeLinks(el)).to.deep.equal([]);
      }
    }
    // hostile.json: the first session, live, with markup in its title and an entity-encoded join link
    const el = await at(HOSTILE, '2021-10-13T18:10:00Z');
    expect(part(el, 'label')).to.equal('<img src=x onerror="window.__xss=1">');
    expect(el.shadowRoot!.querySelector('img, svg, script')).to.equal(null);
    expect(expectOnlySafeLinks(el)).to.deep.equal([]);
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
  });

  it('Spanish', async () => {
    expect(part(await at(SEED, '2021-10-11T16:00:00Z', { lang: 'es' }), 'status')).to.equal(
      'Comienza en 2 días y 2 horas',
    );
    expect(part(await at(SEED, '2021-10-13T18:10:00Z', { lang: 'es' }), 'status')).to.equal(
      'En vivo ahora',
    );
    const ended = await at(SEED, '2021-11-01T00:00:00Z', { lang: 'es' });
    expect(seen(ended)).to.equal('Este curso finalizó | Ver a pedido');
    const ticking = await at(SEED, '2021-10-13T17:30:15Z', { lang: 'es' });
    expect(pause(ticking)!.textContent).to.equal('Pausar la cuenta regresiva');
    await expect(ticking).to.be.accessible();
  });
});

describe('<countdown-timer> after a failed refresh', () => {
  quickLoader();

  it('keeps counting from the data shown, with the stale note (not announced)', async () => {
    const el = await at(
      `/__fault/once/${uniqueKey()}?fixture=resilient-together-2021`,
      '2021-10-11T16:00:00Z',
    );
    expect(part(el, 'notice')).to.equal('');
    const failed = oneEvent(el, 'course-error');
    void el.reload();
    expect(((await failed) as unknown as CourseErrorEvent).stale).to.equal(true);
    await until(() => !!$(el, '[part~="notice"]'), 2000, 'the stale note');
    expect(seen(el)).to.equal(
      `${S1} | Starts in 2 days, 2 hours | Showing saved data; the latest update failed.`,
    );
    expect(
      $(el, '[part~="notice"]')!.closest('[aria-live], [role="status"], [role="alert"]'),
    ).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<countdown-timer> from `to`', () => {
  const to = async (attrs: Record<string, string>) => {
    const el = document.createElement('countdown-timer') as CountdownTimerElement;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    return fixture<CountdownTimerElement>(el);
  };

  it('counts to an instant with Z or an offset, with an optional label, then says "Started"', async () => {
    const el = await to({
      to: '2021-10-13T14:00:00-04:00',
      label: 'Orientation',
      now: '2021-10-13T17:00:00Z',
    });
    expect(seen(el)).to.equal('Orientation | Starts in 1 hour | Pause countdown'); // the final hour begins
    await expect(el).to.be.accessible();
    const bare = await to({ to: '2021-10-13T18:00:00Z', now: '2021-10-10T18:00:00Z' });
    expect(seen(bare)).to.equal('Starts in 3 days');
    const after = await to({
      to: '2021-10-13T18:00:00Z',
      now: '2021-10-13T18:00:00Z',
      label: 'Orientation',
    });
    expect(seen(after)).to.equal('Orientation | Started');
    await expect(after).to.be.accessible();
  });

  it('a `to` without Z or offset is refused with one warning', async () => {
    const warn = spyWarn();
    try {
      const el = await to({ to: '2021-10-13T14:00', now: '2021-10-10T18:00:00Z' });
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, '[part="base"]')).to.equal(null);
      expect(warn.calls).to.have.length(1);
      expect(warn.calls[0]).to.contain('<countdown-timer> to:').and.contain('no Z or offset');
    } finally {
      warn.restore();
    }
  });

  it('across a DST change the remaining time is real elapsed time (Temporal as the oracle)', async () => {
    const hours = (from: string, until: string) =>
      Temporal.ZonedDateTime.from(from).until(Temporal.ZonedDateTime.from(until), {
        largestUnit: 'hours',
      }).hours;
    // Noon to noon in New York across the autumn change: 25 hours; across the spring one: 23.
    const fall = [
      '2021-11-06T12:00[America/New_York]',
      '2021-11-07T12:00[America/New_York]',
    ] as const;
    const spring = [
      '2021-03-13T12:00[America/New_York]',
      '2021-03-14T12:00[America/New_York]',
    ] as const;
    expect([hours(...fall), hours(...spring)]).to.deep.equal([25, 23]);
    const iso = (z: string) => Temporal.ZonedDateTime.from(z).toInstant().toString();
    expect(seen(await to({ to: iso(fall[1]), now: iso(fall[0]) }))).to.equal(
      'Starts in 1 day, 1 hour',
    );
    expect(seen(await to({ to: iso(spring[1]), now: iso(spring[0]) }))).to.equal(
      'Starts in 23 hours',
    );
  });

  it('the pause button is at least 24x24 px, also under html { font-size: 62.5% }', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const el = await to({ to: '2021-10-13T18:00:00Z', now: '2021-10-13T17:30:00Z' });
      const r = pause(el)!.getBoundingClientRect();
      expect(r.width).to.be.at.least(24);
      expect(r.height).to.be.at.least(24);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
