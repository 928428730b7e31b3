// <session-card>: one session as a visitor sees it, in every emulated zone, at chosen
// instants, with data over real HTTP from the test server.
import { expect, fixture, html } from '@open-wc/testing';
import { press } from '../../engine.js';
import '../../../src/components/session-card/define.js';
import type { SessionCardElement } from '../../../src/components/session-card/session-card.js';
import { loader } from '../../../src/data/loader.js';
import { uniqueKey } from '../../data/fault.js';
import {
  $,
  $$,
  ALL_KINDS,
  part,
  quickLoader,
  SEED,
  shown,
  squash,
  until,
  visible,
} from '../helpers.js';
import { SEED_ROWS, W1S1, localDay, visitorRow } from './seed-rows.js';

const card = async (t: ReturnType<typeof html>) => {
  const el = await fixture<SessionCardElement>(t);
  await shown(el);
  return el;
};
const datetimes = (el: Element, name: string) =>
  $$(el, `[part~="${name}"] time`).map((t) => t.getAttribute('datetime'));

describe('<session-card>', () => {
  beforeEach(() => loader.clear());

  describe('the seed session in each visitor zone', () => {
    for (const row of SEED_ROWS) {
      it(`time-zone=${row.zone}: ${row.time}`, async () => {
        expect(localDay(W1S1.start, row.zone), 'the row agrees with Temporal').to.equal(row.day);
        const el = await card(
          html`<session-card src=${SEED} session-id="w1-s1" time-zone=${row.zone} now="2021-10-01T00:00:00Z"></session-card>`,
        );
        expect(part(el, 'title')).to.equal(
          'Building Relationships as a Foundation for School and Public Partnerships',
        );
        expect(part(el, 'time')).to.equal(row.time);
        expect(part(el, 'event-time')).to.equal(row.event);
        expect(datetimes(el, 'time')).to.deep.equal([W1S1.start, W1S1.end]);
        if (row.event) expect(datetimes(el, 'event-time')).to.deep.equal([W1S1.start, W1S1.end]);
        expect($(el, '[part~="title"]')!.localName).to.equal('h3');
      });
    }

    it("without time-zone: the visitor's own zone", async () => {
      const row = visitorRow();
      const el = await card(html`<session-card src=${SEED} session-id="w1-s1"></session-card>`);
      expect(part(el, 'time')).to.equal(row.time);
      expect(part(el, 'event-time')).to.equal(row.event);
      await expect(el).to.be.accessible();
    });
  });

  describe('status at chosen instants (all-kinds course, America/Chicago)', () => {
    // [session, now, status text as seen, link text, href]
    const rows: [string, string, string, string?, string?][] = [
      ['keynote', '2021-09-14T14:44:59Z', 'Keynote Upcoming'],
      [
        'keynote',
        '2021-09-14T14:45:00Z',
        'Keynote Starting soon Join',
        'Join',
        'https://meet.example.org/keynote',
      ],
      [
        'keynote',
        '2021-09-14T15:00:00Z',
        'Keynote Live now Join',
        'Join',
        'https://meet.example.org/keynote',
      ],
      [
        'keynote',
        '2021-09-14T16:00:00Z',
        'Keynote Ended Watch recording',
        'Watch recording',
        'https://video.example.org/keynote',
      ],
      // no recording of its own: the course's on-demand link, while it is offered
      [
        'workshop',
        '2021-09-14T18:00:00Z',
        'Workshop Ended Watch recording',
        'Watch recording',
        'https://courses.example.org/all-kinds/on-demand',
      ],
      ['workshop', '2022-02-01T00:00:00Z', 'Workshop Ended'],
      ['panel', '2021-09-15T14:30:00Z', 'Panel Postponed'],
      ['cancelled', '2021-09-15T18:30:00Z', 'Cancelled'],
    ];
    for (const [id, now, status, link, href] of rows) {
      it(`${id} at ${now}: ${status}`, async () => {
        const el = await card(
          html`<session-card src=${ALL_KINDS} session-id=${id} now=${now}></session-card>`,
        );
        expect(visible($(el, '[part~="status"]'))).to.equal(status);
        const a = $(el, '[part~="status"] a');
        expect(a && visible(a)).to.equal(link ?? null);
        if (a) {
          expect(a.getAttribute('href')).to.equal(href);
          // the link's text makes sense out of context: the session title is in it (visually hidden)
          expect(squash(a.textContent)).to.equal(`${link}: ${part(el, 'title')}`);
        }
        expect(
          $(el, '.session')!.classList.contains(status.includes('Live') ? 'live' : 'session'),
        ).to.equal(true);
        await expect(el).to.be.accessible();
      });
    }

    it('a break is compact: time only, no speakers or calendar; under way, it says so in words', async () => {
      const el = await card(
        html`<session-card src=${ALL_KINDS} session-id="break-1" time-zone="America/Chicago" now="2021-09-14T16:05:00Z"></session-card>`,
      );
      expect(part(el, 'title')).to.equal('Coffee break');
      expect(part(el, 'time')).to.equal('Tue, Sep 14, 11:00 – 11:15 AM CDT · 15 min');
      expect($(el, '.session')!.classList.contains('break')).to.equal(true);
      // Live (11:05): the coloured bar is not the only sign (WCAG 1.4.1).
      expect($(el, '.session')!.classList.contains('live')).to.equal(true);
      expect(part(el, 'status')).to.equal('Intermission under way');
      await expect(el).to.be.accessible();
      for (const name of ['speakers', 'calendar', 'description'])
        expect($(el, `[part~="${name}"]`) === null, name).to.equal(true);
      el.now = '2021-09-14T15:55:00Z'; // 10:55, upcoming: nothing to say
      await el.updateComplete;
      expect($(el, '[part~="status"]') === null, 'status').to.equal(true);
    });
  });

  it('speakers with title and organisation, a speaker link, or "Speakers to be announced"', async () => {
    const el = await card(
      html`<session-card src=${ALL_KINDS} session-id="keynote" now="2021-09-01T00:00:00Z"></session-card>`,
    );
    expect($$(el, '[part~="speakers"] li').map((li) => squash(li.textContent))).to.deep.equal([
      'Ada Example, Director, Example Public Library',
      'Grace Sample, Librarian, Sample High School',
    ]);
    expect($(el, '[part~="speakers"] a')!.getAttribute('href')).to.equal(
      'https://library.example.org/ada',
    );
    const tba = await card(html`<session-card src=${SEED} session-id="w1-s1"></session-card>`);
    expect(part(tba, 'speakers')).to.equal('Speakers to be announced');
  });

  it('a long description collapses behind a real button with aria-expanded and aria-controls', async () => {
    const el = await card(
      html`<session-card src=${ALL_KINDS} session-id="keynote" now="2021-09-01T00:00:00Z"></session-card>`,
    );
    const desc = $(el, '[part~="description"]')!;
    const button = $(el, 'button[aria-controls]')!;
    expect(button.getAttribute('aria-controls')).to.equal(desc.id);
    expect(el.shadowRoot!.getElementById(desc.id)).to.equal(desc);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // the rest is in the DOM for print, not displayed on screen
    const shownParagraphs = () =>
      $$(el, '[part~="description"] p')
        .filter((p) => getComputedStyle(p).display !== 'none')
        .map((p) => p.textContent);
    expect(shownParagraphs()).to.deep.equal(['Why partnerships matter now.']);
    button.focus();
    await press('Enter');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent).to.equal('Show less');
    expect(shownParagraphs()).to.deep.equal([
      'Why partnerships matter now.',
      'The keynote is followed by questions from the audience.',
    ]);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await expect(el).to.be.accessible();
    // a short one has no button
    const short = await card(
      html`<session-card src=${ALL_KINDS} session-id="workshop"></session-card>`,
    );
    expect($(short, '[part~="description"]')!.textContent).to.equal(
      'Bring a draft; leave with a plan.',
    );
    expect($(short, 'button')).to.equal(null);
  });

  it('add to calendar: an .ics download and a Google Calendar link, built when opened', async () => {
    const el = await card(
      html`<session-card src=${ALL_KINDS} session-id="keynote" now="2021-09-01T00:00:00Z"></session-card>`,
    );
    const details = $(el, 'details[part~="calendar"]') as HTMLDetailsElement;
    expect(squash(details.querySelector('summary')!.textContent)).to.equal(
      'Add to calendar: Opening Keynote: Libraries as Civic Infrastructure',
    );
    expect(details.querySelectorAll('a')).to.have.length(0);
    details.querySelector('summary')!.click();
    await new Promise((r) => details.addEventListener('toggle', r, { once: true }));
    await el.updateComplete;
    const [ics, google] = [...details.querySelectorAll('a')];
    expect(squash(ics!.textContent)).to.equal(
      'Download .ics: Opening Keynote: Libraries as Civic Infrastructure',
    );
    expect(ics!.getAttribute('download')).to.match(
      /^every-kind-of-session.*-opening-keynote.*\.ics$/,
    );
    const href = ics!.getAttribute('href')!;
    expect(href).to.match(/^data:text\/calendar;charset=utf-8,/);
    const text = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    expect(text).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(text.match(/BEGIN:VEVENT/g)).to.have.length(1);
    expect(text).to.contain('DTSTART:20210914T150000Z\r\n');
    expect(text).to.contain('DTEND:20210914T160000Z\r\n');
    expect(text).to.contain('SUMMARY:Opening Keynote: Libraries as Civic Infrastructure');
    const g = new URL(google!.getAttribute('href')!);
    expect(g.origin + g.pathname).to.equal('https://calendar.google.com/calendar/render');
    expect(g.searchParams.get('dates')).to.equal('20210914T150000Z/20210914T160000Z');
    expect(g.searchParams.get('ctz')).to.equal('America/Chicago');
    expect(squash(google!.textContent)).to.equal(
      'Google Calendar: Opening Keynote: Libraries as Civic Infrastructure',
    );
    await expect(el).to.be.accessible();
  });

  describe('which session', () => {
    it('without session-id: the live one, then the next main one, then the last', async () => {
      for (const [now, title] of [
        ['2021-09-14T15:30:00Z', 'Opening Keynote: Libraries as Civic Infrastructure'],
        ['2021-09-14T16:05:00Z', 'Workshop: Writing a Partnership Agreement'], // not the coffee break
        ['2022-01-01T00:00:00Z', 'Closing Session'],
      ]) {
        const el = await card(html`<session-card src=${ALL_KINDS} now=${now!}></session-card>`);
        expect(part(el, 'title'), now).to.equal(title);
      }
    });

    it('an unknown id: a clear message, and the fallback content stays', async () => {
      const el = await fixture<SessionCardElement>(
        html`<session-card src=${SEED} session-id="nope"><a href="/course">Course page</a></session-card>`,
      );
      await until(() => !!$(el, '[part~="notice"]'), 3000, 'the not-found message');
      expect(part(el, 'notice')).to.equal('This course has no session "nope".');
      expect(
        ($(el, 'slot') as HTMLSlotElement).assignedElements().map((a) => a.textContent),
      ).to.deep.equal(['Course page']);
      await expect(el).to.be.accessible();
    });

    it('the course property (JSON as an object) and inline JSON work like src', async () => {
      const json = await (await fetch(SEED)).json();
      const el = await card(
        html`<session-card .course=${json} session-id="w3-s2" time-zone="America/New_York"></session-card>`,
      );
      expect(part(el, 'title')).to.equal('Navigating Agreements and Contracts: A Panel Discussion');
      expect(part(el, 'time')).to.equal('Wed, Oct 27, 3:00 – 4:00 PM EDT · 1 hr');
      const inline = await card(
        html`<session-card session-id="w3-s2" time-zone="America/New_York"><script type="application/json">${JSON.stringify(json)}</script></session-card>`,
      );
      expect(part(inline, 'title')).to.equal(
        'Navigating Agreements and Contracts: A Panel Discussion',
      );
    });
  });

  it('heading-level sets the session heading (clamped to 1-6, 2 when not a number)', async () => {
    for (const [level, tag] of [
      ['5', 'h5'],
      ['9', 'h6'],
      ['1', 'h1'],
      ['0', 'h2'],
      ['x', 'h2'],
    ]) {
      const el = await card(
        html`<session-card src=${SEED} session-id="w1-s1" heading-level=${level!}></session-card>`,
      );
      expect($(el, '[part~="title"]')!.localName).to.equal(tag);
    }
  });

  it('Spanish from lang, with string overrides on top', async () => {
    const el = await card(
      html`<session-card lang="es" src=${SEED} session-id="w1-s1" time-zone="Pacific/Auckland" now="2021-10-13T18:10:00Z" .strings=${{ 'phase.live': 'EN DIRECTO' }}></session-card>`,
    );
    expect(part(el, 'time')).to.equal('jue, 14 oct, 7:00–7:45 GMT+13 · 45 min');
    expect(part(el, 'event-time')).to.equal('mié, 13 oct, 14:00–14:45 GMT-4 (hora oriental)');
    expect(visible($(el, '[part~="status"]'))).to.equal('EN DIRECTO Unirse');
    expect(part(el, 'speakers')).to.equal('Ponentes por anunciar');
  });
});

describe('<session-card> loading and errors', () => {
  quickLoader();
  beforeEach(() => loader.clear());

  it('loading: one polite announcement; then course-load and the session', async () => {
    const loaded = new Promise<Event>((r) =>
      document.addEventListener('course-load', r, { once: true }),
    );
    const el = await fixture<SessionCardElement>(
      html`<session-card src="/__fault/slow/${uniqueKey()}?delay=400&amp;fixture=all-kinds" session-id="keynote"></session-card>`,
    );
    const [region, ...others] = $$(el, '[role="status"], [role="alert"], [aria-live]');
    expect(others).to.deep.equal([]);
    expect(region!.textContent, 'empty when inserted').to.equal('');
    await until(
      () => squash(region!.textContent) === 'Loading course schedule…',
      1000,
      'the loading announcement',
    );
    await expect(el).to.be.accessible();
    expect(((await loaded) as Event & { course: { id: string } }).course.id).to.equal('all-kinds');
    await shown(el);
    expect($$(el, '[role="status"]')).to.deep.equal([region]);
    expect(region!.textContent).to.equal('');
  });

  it('error: plain-words lead, detail, Retry, fallback kept, axe-clean', async () => {
    const failed = new Promise<Event>((r) =>
      document.addEventListener('course-error', r, { once: true }),
    );
    const el = await fixture<SessionCardElement>(
      html`<session-card src="/__fault/status/${uniqueKey()}?code=500"><a href="/c">Course page</a></session-card>`,
    );
    await failed;
    await until(() => !!$(el, '[part~="error"]'));
    const [lead, detail] = $$(el, '[part~="error"] p').map((p) => squash(p.textContent));
    expect(lead).to.equal('The course data could not be loaded (HTTP 500).');
    // a hint for the site's owner; the message with the address goes to the console
    expect(detail, 'no second line: the lead names the status').to.equal(undefined);
    expect($(el, '[part~="error"] button')!.textContent).to.equal('Retry');
    expect(
      ($(el, 'slot') as HTMLSlotElement).assignedElements().map((a) => a.textContent),
    ).to.deep.equal(['Course page']);
    await expect(el).to.be.accessible();
  });
});
