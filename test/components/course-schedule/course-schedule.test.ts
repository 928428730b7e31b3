// <course-schedule>: the whole course as a visitor sees it, in every emulated zone, with
// data over real HTTP. Expectations are literal strings with an explicit time-zone, or come
// from Temporal (an independent zone implementation) in the visitor's own zone.
import { expect, fixture, html } from '@open-wc/testing';
import { press } from '../../engine.js';
import '../../../src/components/course-schedule/define.js';
import type { CourseScheduleElement } from '../../../src/components/course-schedule/course-schedule.js';
import { loader } from '../../../src/data/loader.js';
import { $, $$, SEED, Temporal, part, shown, squash, visible } from '../helpers.js';
import { SEED_ROWS, W1S1, localDay, visitorRow } from '../session-card/seed-rows.js';

const DST = '/test/fixtures/dst-straddle-2021.json';
const MIDNIGHT = '/test/fixtures/midnight-crossing-2021.json';
/** The seed's session starts, in order. */
const SEED_STARTS = ['13', '20', '27'].flatMap((d) =>
  ['18:00', '18:45', '19:00', '19:45']
    .slice(0, d === '27' ? 3 : 4)
    .map((t) => `2021-10-${d}T${t}:00Z`),
);

const schedule = async (t: ReturnType<typeof html>) => {
  const el = await fixture<CourseScheduleElement>(t);
  await shown(el);
  return el;
};
const texts = (el: Element, selector: string) => $$(el, selector).map(visible);
const sessions = (el: Element) => $$(el, '[part~="session"]');
const sessionPart = (s: Element, name: string) =>
  squash(s.querySelector(`[part~="${name}"]`)?.textContent);

describe('<course-schedule>', () => {
  beforeEach(() => {
    loader.clear();
    localStorage.clear();
  });

  describe('the seed course', () => {
    for (const row of SEED_ROWS) {
      it(`time-zone=${row.zone}: grouped by week, every time a <time datetime>`, async () => {
        const el = await schedule(
          html`<course-schedule src=${SEED} time-zone=${row.zone} now="2021-10-01T00:00:00Z"></course-schedule>`,
        );
        expect(part(el, 'course-title')).to.equal(
          'Resilient Together: Building School and Public Library Partnerships 2021',
        );
        expect($(el, '[part~="course-title"]')!.localName).to.equal('h2');
        expect(texts(el, '[part~="group-title"]')).to.deep.equal(['Week 1', 'Week 2', 'Week 3']);
        expect($$(el, '[part~="group-title"]').map((h) => h.localName)).to.deep.equal([
          'h3',
          'h3',
          'h3',
        ]);
        expect($$(el, '[part~="list"] > li')).to.have.length(11);
        const all = sessions(el);
        expect(all.map((s) => s.querySelector('[part~="title"]')!.localName)).to.deep.equal(
          Array(11).fill('h4'),
        );
        expect(sessionPart(all[0]!, 'time')).to.equal(row.time);
        expect(sessionPart(all[0]!, 'event-time')).to.equal(row.event);
        expect(
          all.map((s) => s.querySelector('[part~="time"] time')!.getAttribute('datetime')),
        ).to.deep.equal(SEED_STARTS);
        // Every session's date as the visitor's zone has it (Temporal), and the organiser's when it differs.
        for (const [i, s] of all.entries()) {
          const day = Temporal.Instant.from(SEED_STARTS[i]!).toZonedDateTimeISO(row.zone);
          const mmmd = `${day.toLocaleString('en', { month: 'short' })} ${day.day}`;
          expect(sessionPart(s, 'time')).to.contain(mmmd);
          const organiserDay = localDay(SEED_STARTS[i]!, 'America/New_York');
          if (organiserDay !== day.toPlainDate().toString())
            expect(sessionPart(s, 'event-time')).to.match(/^Wed, Oct \d\d, /);
        }
        if (row.zone === 'Pacific/Auckland') {
          expect(
            all
              .filter((s) => !s.classList.contains('break'))
              .map((s) => sessionPart(s, 'time').slice(0, 3)),
          ).to.deep.equal(Array(8).fill('Thu'));
          expect(sessionPart(all[0]!, 'event-time')).to.equal(
            'Wed, Oct 13, 2:00 – 2:45 PM EDT in New York',
          );
        }
      });
    }

    it("in the visitor's own zone, axe-clean, with title, summary and course calendar", async () => {
      const row = visitorRow();
      const el = await schedule(html`<course-schedule src=${SEED}></course-schedule>`);
      expect(sessionPart(sessions(el)[0]!, 'time')).to.equal(row.time);
      expect(part(el, 'summary')).to.match(/^Are you considering a collaboration/);
      await expect(el).to.be.accessible();
    });
  });

  it('DST changes on different weekends (London organiser, New York visitor)', async () => {
    const el = await schedule(
      html`<course-schedule src=${DST} time-zone="America/New_York" now="2021-10-01T00:00:00Z"></course-schedule>`,
    );
    const all = sessions(el);
    expect(all.map((s) => sessionPart(s, 'time'))).to.deep.equal([
      'Wed, Oct 20, 12:00 – 1:00 PM EDT · 1 hr',
      'Wed, Oct 27, 12:00 – 1:00 PM EDT · 1 hr',
      'Wed, Nov 3, 1:00 – 2:00 PM EDT · 1 hr', // London already on GMT, New York still on EDT
      'Wed, Nov 10, 12:00 – 1:00 PM EST · 1 hr',
    ]);
    expect(all.map((s) => sessionPart(s, 'event-time'))).to.deep.equal([
      '5:00 – 6:00 PM GMT+1 in London',
      '5:00 – 6:00 PM GMT+1 in London',
      '5:00 – 6:00 PM GMT in London',
      '5:00 – 6:00 PM GMT in London',
    ]);
    // The instants, by Temporal from the organiser's wall times.
    const instants = ['2021-10-20', '2021-10-27', '2021-11-03', '2021-11-10'].map((d) =>
      Temporal.PlainDateTime.from(`${d}T17:00`)
        .toZonedDateTime('Europe/London')
        .toInstant()
        .toString(),
    );
    expect(
      all.map((s) => s.querySelector('[part~="time"] time')!.getAttribute('datetime')),
    ).to.deep.equal(instants);
  });

  it("sessions that cross the visitor's midnight show both dates; no parts: grouped by the visitor's date", async () => {
    const el = await schedule(
      html`<course-schedule src=${MIDNIGHT} now="2021-10-01T00:00:00Z"></course-schedule>`,
    );
    const visitor = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    const all = sessions(el);
    const ranges = all.map((s) =>
      [...s.querySelectorAll('[part~="time"] time')].map((t) => t.getAttribute('datetime')!),
    );
    // One heading per distinct local start date, in order, each a <time datetime="YYYY-MM-DD">.
    const days = [...new Set(ranges.map(([start]) => localDay(start!, visitor)))];
    expect(
      $$(el, '[part~="group-title"] time').map((t) => t.getAttribute('datetime')),
    ).to.deep.equal(days);
    let crossing = 0;
    for (const [i, [start, end]] of ranges.entries()) {
      const crosses = localDay(start!, visitor) !== localDay(end!, visitor);
      crossing += Number(crosses);
      const weekdays =
        sessionPart(all[i]!, 'time').match(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun),/g) ?? [];
      expect(
        weekdays,
        `${sessionPart(all[i]!, 'title')}: ${sessionPart(all[i]!, 'time')}`,
      ).to.have.length(crosses ? 2 : 1);
    }
    expect(
      crossing,
      'the fixture has a session across every suite zone’s midnight',
    ).to.be.greaterThan(0);

    const kolkata = await schedule(
      html`<course-schedule src=${MIDNIGHT} time-zone="Asia/Kolkata" now="2021-10-01T00:00:00Z"></course-schedule>`,
    );
    expect(sessionPart(sessions(kolkata)[0]!, 'time')).to.equal(
      'Wed, Oct 13, 11:30 PM GMT+5:30 – Thu, Oct 14, 12:30 AM GMT+5:30 · 1 hr',
    );
    expect(texts(kolkata, '[part~="group-title"]')[0]).to.equal('Wednesday, October 13, 2021');
  });

  describe('"Your time" / "Event time"', () => {
    it('switches every time to the organiser’s zone, by keyboard, and is remembered per course', async () => {
      const el = await schedule(
        html`<course-schedule src=${SEED} time-zone="Pacific/Auckland"></course-schedule>`,
      );
      const group = $(el, '[part~="switch"]')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-label')).to.equal('Show times in');
      const [mine, theirs] = [...group.querySelectorAll('button')];
      expect([
        mine!.textContent,
        mine!.getAttribute('aria-pressed'),
        theirs!.textContent,
        theirs!.getAttribute('aria-pressed'),
      ]).to.deep.equal(['Your time', 'true', 'Event time', 'false']);
      theirs!.focus();
      await press('Space');
      await el.updateComplete;
      expect(theirs!.getAttribute('aria-pressed')).to.equal('true');
      expect(mine!.getAttribute('aria-pressed')).to.equal('false');
      expect(sessionPart(sessions(el)[0]!, 'time')).to.equal(
        'Wed, Oct 13, 2:00 – 2:45 PM EDT · 45 min',
      );
      expect($(el, '[part~="event-time"]')).to.equal(null);
      expect(sessions(el)[0]!.querySelector('time')!.getAttribute('datetime')).to.equal(W1S1.start);
      await expect(el).to.be.accessible();

      const again = await schedule(
        html`<course-schedule src=${SEED} time-zone="Pacific/Auckland"></course-schedule>`,
      );
      expect(sessionPart(sessions(again)[0]!, 'time')).to.equal(
        'Wed, Oct 13, 2:00 – 2:45 PM EDT · 45 min',
      );
      mine!.click();
      await el.updateComplete;
      expect(sessionPart(sessions(el)[0]!, 'time')).to.equal(
        'Thu, Oct 14, 7:00 – 7:45 AM GMT+13 · 45 min',
      );
      const third = await schedule(
        html`<course-schedule src=${SEED} time-zone="Pacific/Auckland"></course-schedule>`,
      );
      expect(sessionPart(sessions(third)[0]!, 'time')).to.equal(
        'Thu, Oct 14, 7:00 – 7:45 AM GMT+13 · 45 min',
      );
    });

    it('works where storage throws', async () => {
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      Storage.prototype.setItem = Storage.prototype.getItem;
      try {
        const el = await schedule(
          html`<course-schedule src=${SEED} time-zone="Asia/Kolkata"></course-schedule>`,
        );
        $$(el, '[part~="switch"] button')[1]!.click();
        await el.updateComplete;
        expect(sessionPart(sessions(el)[0]!, 'time')).to.equal(
          'Wed, Oct 13, 2:00 – 2:45 PM EDT · 45 min',
        );
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem });
      }
    });

    it('is not offered when every session shows the same wall clock as the organiser’s', async () => {
      const el = await schedule(
        html`<course-schedule src=${SEED} time-zone="America/New_York"></course-schedule>`,
      );
      expect($(el, '[part~="switch"]')).to.equal(null);
      expect($(el, '[part~="event-time"]')).to.equal(null);
    });
  });

  describe('as the course runs', () => {
    it('marks live and next, and folds ended sessions behind "Show 4 earlier sessions"', async () => {
      const el = await schedule(
        html`<course-schedule src=${SEED} now="2021-10-20T18:10:00Z"></course-schedule>`,
      );
      const button = $$(el, 'button').find((b) => b.dataset.disclosure === 'earlier-sessions')!;
      expect(button.textContent).to.equal('Show 4 earlier sessions');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(texts(el, '[part~="group-title"]')).to.deep.equal(['Week 2', 'Week 3']);
      expect(sessions(el)).to.have.length(7);
      const [live, brk, next] = sessions(el);
      expect(live!.classList.contains('live')).to.equal(true);
      expect(visible(live!.querySelector('[part~="status"]'))).to.equal('Live now Join');
      expect(brk!.classList.contains('break')).to.equal(true);
      expect(next!.classList.contains('next')).to.equal(true);
      expect(visible(next!.querySelector('[part~="status"]'))).to.equal('Next Upcoming');
      expect($$(el, '.next')).to.have.length(1);
      await expect(el).to.be.accessible();

      button.click();
      await el.updateComplete;
      expect(button.textContent).to.equal('Hide earlier sessions');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(texts(el, '[part~="group-title"]')).to.deep.equal(['Week 1', 'Week 2', 'Week 3']);
      expect(sessions(el)).to.have.length(11);
      expect(visible(sessions(el)[0]!.querySelector('[part~="status"]'))).to.equal(
        'Ended Watch recording',
      );
      await expect(el).to.be.accessible();
    });

    it('folds nothing before the course and once it has ended (recordings then on demand)', async () => {
      for (const now of ['2021-10-01T00:00:00Z', '2021-11-01T00:00:00Z']) {
        const el = await schedule(html`<course-schedule src=${SEED} now=${now}></course-schedule>`);
        expect(
          $$(el, 'button').filter((b) => b.dataset.disclosure === 'earlier-sessions'),
          now,
        ).to.have.length(0);
        expect(sessions(el)).to.have.length(11);
        expect($$(el, '.next'), now).to.have.length(now.startsWith('2021-10') ? 1 : 0);
      }
      const ended = await schedule(
        html`<course-schedule src=${SEED} now="2021-11-01T00:00:00Z"></course-schedule>`,
      );
      expect($$(ended, '[part~="status"] a').map((a) => a.getAttribute('href'))).to.deep.equal(
        Array(8).fill('https://courses.example.org/resilient-together-2021/on-demand'),
      );
    });
  });

  it('the whole course as one .ics (every session but the breaks)', async () => {
    const el = await schedule(
      html`<course-schedule src=${SEED} now="2021-10-01T00:00:00Z"></course-schedule>`,
    );
    const details = $(el, '[part~="toolbar"] details') as HTMLDetailsElement;
    expect(visible(details.querySelector('summary'))).to.equal('Add all sessions to your calendar');
    details.open = true;
    await new Promise((r) => details.addEventListener('toggle', r, { once: true }));
    await el.updateComplete;
    const a = details.querySelector('a')!;
    expect(squash(a.textContent)).to.equal(
      'Download .ics: Resilient Together: Building School and Public Library Partnerships 2021',
    );
    expect(a.getAttribute('download')).to.match(/^resilient-together.*\.ics$/);
    const ics = decodeURIComponent(
      a.getAttribute('href')!.replace(/^data:text\/calendar;charset=utf-8,/, ''),
    );
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n[^]*END:VCALENDAR\r\n$/);
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(8);
    expect(ics.match(/DTSTART:\w+/g)!.slice(0, 2)).to.deep.equal([
      'DTSTART:20211013T180000Z',
      'DTSTART:20211013T190000Z',
    ]);
  });

  it('heading-level, hide-title and hide-summary fit the host page', async () => {
    const el = await schedule(
      html`<course-schedule src=${SEED} heading-level="4" hide-summary></course-schedule>`,
    );
    expect($(el, '[part~="course-title"]')!.localName).to.equal('h4');
    expect($(el, '[part~="group-title"]')!.localName).to.equal('h5');
    expect(sessions(el)[0]!.querySelector('[part~="title"]')!.localName).to.equal('h6');
    expect($(el, '[part~="summary"]')).to.equal(null);
    const untitled = await schedule(
      html`<course-schedule src=${SEED} hide-title></course-schedule>`,
    );
    expect($(untitled, '[part~="course-title"]')).to.equal(null);
    expect($(untitled, '[part~="group-title"]')!.localName).to.equal('h2');
    expect(sessions(untitled)[0]!.querySelector('[part~="title"]')!.localName).to.equal('h3');
    expect(part(untitled, 'summary')).to.match(/^Are you considering/);
  });

  it('the summary collapses to its first paragraph behind a real button', async () => {
    const el = await schedule(html`<course-schedule src=${SEED}></course-schedule>`);
    const button = $(el, 'button[aria-controls="summary"]')!;
    // the others are in the DOM for print, not displayed on screen
    const shownParagraphs = () =>
      $$(el, '[part~="summary"] p').filter((p) => getComputedStyle(p).display !== 'none');
    expect(shownParagraphs()).to.have.length(1);
    button.click();
    await el.updateComplete;
    expect(shownParagraphs()).to.have.length(5);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });
});
