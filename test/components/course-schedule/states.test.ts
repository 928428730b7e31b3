// <course-schedule> in every state a visitor can meet besides the happy path: loading,
// errors (with Retry and the fallback content kept), skipped sessions, a failed refresh,
// hostile text, right-to-left, reduced motion, forced colors, and 1,000 sessions.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, itWithMedia } from '../../engine.js';
import '../../../src/components/course-schedule/define.js';
import { CourseScheduleElement } from '../../../src/components/course-schedule/course-schedule.js';
import { clearFormatCache } from '../../../src/core/time/intl.js';
import { loader } from '../../../src/data/loader.js';
import type { CourseErrorEvent } from '../../../src/events/course-error.js';
import type { CourseLoadEvent } from '../../../src/events/course-load.js';
import { uniqueKey, serverCounts } from '../../data/fault.js';
import {
  $,
  $$,
  HOSTILE,
  part,
  quickLoader,
  SEED,
  shown,
  spyWarn,
  T,
  squash,
  until,
  visible,
} from '../helpers.js';

import { heldBy } from '../../observe.js';
import { fakeClock } from '../fake-clock.js';

const PARTIAL = '/test/fixtures/partial-2021.json';
const fake = fakeClock(T('2021-10-01T12:00:10Z'));
class ClockedSchedule extends CourseScheduleElement {
  static override clock = fake.clock;
}
ClockedSchedule.define('clocked-course-schedule');
type El = CourseScheduleElement;
const slotted = (el: Element) =>
  ($(el, 'slot') as HTMLSlotElement | null)?.assignedElements().map((n) => n.textContent) ?? [];

describe('<course-schedule> states', () => {
  quickLoader();
  beforeEach(() => loader.clear());

  it('loading: a skeleton, announced once politely by a region that was there first; the fallback content shows meanwhile', async () => {
    const el = await fixture<El>(
      html`<course-schedule src="/__fault/slow/${uniqueKey()}?delay=600&amp;fixture=resilient-together-2021"><a href="/c">Course page</a></course-schedule>`,
    );
    const live = $$(el, '[role="status"], [aria-live], [role="alert"]');
    expect(live).to.have.length(1);
    const region = live[0]!;
    // Empty when it appears, its text follows: a region inserted with its text may go unannounced.
    expect(region.textContent).to.equal('');
    expect($(el, '[part~="skeleton"]')).to.not.equal(null);
    await until(
      () => region.textContent === 'Loading course schedule…',
      1000,
      'the loading announcement',
    );
    expect($$(el, '[role="status"], [aria-live], [role="alert"]')).to.deep.equal([region]);
    expect(slotted(el)).to.deep.equal(['Course page']);
    await expect(el).to.be.accessible();
    await shown(el);
    // The same region stays, quiet.
    expect($$(el, '[role="status"]')).to.deep.equal([region]);
    expect(region.textContent).to.equal('');
    expect(slotted(el)).to.deep.equal([]);
  });

  it('a load that ends before the announcement cancels it: no late update, nothing said', async () => {
    // On a fake clock the 100 ms announcement deadline fires only when the test lets time pass.
    fake.reset(T('2021-10-01T12:00:10Z'));
    const el = await fixture<El>(
      html`<clocked-course-schedule src=${SEED}></clocked-course-schedule>`,
    );
    await shown(el);
    let updates = 0;
    const request = el.requestUpdate.bind(el);
    el.requestUpdate = ((...args: Parameters<El['requestUpdate']>) => (
      updates++,
      request(...args)
    )) as El['requestUpdate'];
    fake.advance(1000);
    await el.updateComplete;
    expect(updates, 'updates after the load').to.equal(0);
    expect($(el, '[role="status"]')!.textContent).to.equal('');
  });

  it("a slow load is announced after 100 ms on the element's clock, not before", async () => {
    fake.reset(T('2021-10-01T12:00:10Z'));
    const el = await fixture<El>(
      html`<clocked-course-schedule src="/__fault/slow/${uniqueKey()}?delay=400&amp;fixture=resilient-together-2021"></clocked-course-schedule>`,
    );
    const region = $(el, '[role="status"]')!;
    fake.advance(99);
    await el.updateComplete;
    expect(region.textContent).to.equal('');
    fake.advance(1);
    await el.updateComplete;
    expect(region.textContent).to.equal('Loading course schedule…');
    el.remove();
    expect(heldBy(fake.clock), 'no deadline left by a widget removed while loading').to.equal(0);
  });

  itWithMedia('no motion under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixture<El>(
        html`<course-schedule src="/__fault/slow/${uniqueKey()}?delay=300"></course-schedule>`,
      );
      const bar = $(el, '[part~="skeleton"] .skeleton-line')!;
      expect(getComputedStyle(bar).animationName).to.equal('skeleton-pulse');
      expect(getComputedStyle(bar).animationDuration).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('error: the lead in plain words, a hint without the address, Retry, fallback kept, course-error fired', async () => {
    const key = uniqueKey();
    const src = `/__fault/flaky/${key}?fail=1&status=404&fixture=resilient-together-2021`;
    const warnings = spyWarn();
    const el = await fixture<El>(
      html`<course-schedule src=${src}><a href="/c">Course page</a></course-schedule>`,
    );
    const { error } = (await oneEvent(el, 'course-error').finally(
      warnings.restore,
    )) as unknown as CourseErrorEvent;
    await until(() => !!$(el, '[part~="error"]'));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    const box = $(el, '[part~="error"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    const [lead, detail] = [...box.querySelectorAll('p')].map((p) => squash(p.textContent));
    expect(lead).to.equal('The course data could not be loaded (HTTP 404).');
    // The lead names the status; no second line repeats it, and no address is shown.
    expect(detail).to.equal(undefined);
    // The technical message and the address are in the console, for the site's developers.
    expect(warnings.calls.join('\n')).to.match(
      new RegExp(`HTTP 404 Not Found \\(http://[^)]+/__fault/flaky/${key}\\?`),
    );
    expect(slotted(el)).to.deep.equal(['Course page']);
    await expect(el).to.be.accessible();

    const retry = box.querySelector('button')!;
    expect(retry.textContent).to.equal('Retry');
    const loaded = oneEvent(el, 'course-load');
    retry.click();
    expect(((await loaded) as unknown as CourseLoadEvent).course.id).to.equal(
      'resilient-together-2021',
    );
    await shown(el);
    expect($(el, '[part~="error"]')).to.equal(null);
    expect((await serverCounts(key)).count).to.equal(2);
  });

  for (const [route, lead, detail] of [
    ['html', 'The course data could not be read: the server did not send JSON.', undefined],
    [
      // JSON cut off halfway, served as application/json
      'malformed',
      'The course data could not be read: it is incomplete or malformed.',
      undefined,
    ],
    ['status', 'The course data could not be loaded (HTTP 404).', undefined],
  ] as const) {
    it(`error from /__fault/${route}: "${lead}"`, async () => {
      const el = await fixture<El>(
        html`<course-schedule src="/__fault/${route}/${uniqueKey()}"></course-schedule>`,
      );
      await until(() => !!$(el, '[part~="error"]'));
      const [l, d] = $$(el, '[part~="error"] p').map((p) => squash(p.textContent));
      expect(l).to.equal(lead);
      expect(d).to.equal(detail);
    });
  }

  it('lang=es: the lead in Spanish, no address shown', async () => {
    const el = await fixture<El>(
      html`<course-schedule lang="es" src="/__fault/status/${uniqueKey()}?code=500"></course-schedule>`,
    );
    await until(() => !!$(el, '[part~="error"]'));
    expect($$(el, '[part~="error"] p').map((p) => squash(p.textContent))).to.deep.equal([
      'No se pudieron cargar los datos del curso (HTTP 500).',
    ]);
    expect(squash($(el, '[part~="error"]')!.textContent)).to.not.contain('://');
  });

  it('an invalid course names the path', async () => {
    const el = await fixture<El>(
      html`<course-schedule .course=${{ version: 1, title: 'No zone', sessions: [] }}></course-schedule>`,
    );
    await until(() => !!$(el, '[part~="error"]'));
    const [l, d] = $$(el, '[part~="error"] p').map((p) => squash(p.textContent));
    expect(l).to.equal('The course data is not in the expected format.');
    expect(d).to.equal('The problem is at timeZone.');
  });

  it('partial data: a notice with the count and an expandable list of what was skipped', async () => {
    const el = await fixture<El>(html`<course-schedule src=${PARTIAL}></course-schedule>`);
    const { issues } = (await oneEvent(el, 'course-load')) as unknown as CourseLoadEvent;
    await shown(el);
    const skipped = issues.filter((i) => i.skipped);
    expect(skipped.length).to.be.greaterThan(3);
    const notice = $(el, 'details[part~="notice"]') as HTMLDetailsElement;
    expect(squash(notice.querySelector('summary')!.textContent)).to.equal(
      `${skipped.length} sessions in the data could not be shown.`,
    );
    const items = [...notice.querySelectorAll('li')].map((li) => squash(li.textContent));
    expect(items.map((t) => /^sessions\[\d+\]/.exec(t)?.[0])).to.deep.equal(
      skipped.map((i) => /^sessions\[\d+\]/.exec(i.path)![0]),
    );
    expect(items.some((t) => t.startsWith('sessions[1]'))).to.equal(true);
    expect(
      $$(el, '[part~="session"]').map((s) =>
        squash(s.querySelector('[part~="title"]')!.textContent),
      ),
    ).to.include('A good session');
    await expect(el).to.be.accessible();
  });

  it('a failed refresh keeps the data shown, with the stale note', async () => {
    const key = uniqueKey();
    const el = await fixture<El>(
      html`<course-schedule src="/__fault/once/${key}?fixture=resilient-together-2021"></course-schedule>`,
    );
    await shown(el);
    expect($(el, '[part~="notice"]')).to.equal(null);
    const failed = oneEvent(el, 'course-error');
    void el.reload();
    expect(((await failed) as unknown as CourseErrorEvent).stale).to.equal(true);
    await until(() => !!$(el, '[part~="notice"]'));
    expect(part(el, 'notice')).to.equal('Showing saved data; the latest update failed.');
    expect($$(el, '[part~="session"]')).to.have.length(11);
    await expect(el).to.be.accessible();
  });

  it('hostile text is shown as text: no element, handler or script from the feed', async () => {
    (window as { __xss?: unknown }).__xss = undefined;
    const el = await fixture<El>(html`<course-schedule src=${HOSTILE}></course-schedule>`);
    await shown(el);
    expect(part(el, 'course-title')).to.contain('<img src=x onerror=');
    expect(el.shadowRoot!.querySelectorAll('img, svg, script, [onerror], [onload]')).to.have.length(
      0,
    );
    for (const a of $$(el, '[href]')) expect(a.getAttribute('href')).to.match(/^https?:/);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
  });

  it('right-to-left: the layout mirrors (logical properties)', async () => {
    const el = await fixture<El>(
      html`<div dir="rtl"><course-schedule src=${SEED} time-zone="America/Los_Angeles" now="2021-10-20T18:10:00Z"></course-schedule></div>`,
    );
    const schedule = el.firstElementChild as El;
    await shown(schedule);
    const live = $(schedule, '.live')!;
    const style = getComputedStyle(live);
    expect(parseFloat(style.borderRightWidth)).to.be.greaterThan(parseFloat(style.borderLeftWidth));
    // The title's text ends at its right edge. (Not its computed text-align: Firefox and WebKit
    // resolve an inherited `start` to 'right' on list items, from the UA's match-parent rule.)
    const title = $(schedule, '[part~="title"]')!;
    const text = document.createRange();
    text.selectNodeContents(title);
    const titleEnd =
      title.getBoundingClientRect().right - parseFloat(getComputedStyle(title).paddingRight);
    expect(Math.abs(titleEnd - text.getBoundingClientRect().right)).to.be.below(1);
    expect(text.getBoundingClientRect().width).to.be.below(
      title.getBoundingClientRect().width - 50,
    );
    // The first status badge sits at the right edge, where a left-to-right line would start.
    const [box, badge] = [
      live.getBoundingClientRect(),
      live.querySelector('.badge')!.getBoundingClientRect(),
    ];
    expect(box.right - badge.right).to.be.lessThan(badge.left - box.left);
    // ...while a time range keeps its own left-to-right order inside the line, even one that
    // starts with digits ("2:00 – 2:45 PM EDT in New York"), which bidi would otherwise reorder.
    const [start, end] = [...live.querySelectorAll('[part~="event-time"] time')].map((t) =>
      t.getBoundingClientRect(),
    );
    expect(start!.right).to.be.at.most(end!.left);
  });

  itWithMedia('forced colors: the pressed time button stays distinct', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const el = await fixture<El>(
        html`<course-schedule src=${SEED} time-zone="Asia/Kolkata"></course-schedule>`,
      );
      await shown(el);
      const [pressed, other] = $$(el, '[part~="switch"] button').map(
        (b) => getComputedStyle(b).backgroundColor,
      );
      expect(pressed).to.not.equal(other);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  itWithMedia(
    'light and dark: the schedule paints its own background, so its text stays readable on any host page',
    async () => {
      const el = await fixture<El>(html`<course-schedule src=${SEED}></course-schedule>`);
      await shown(el);
      const colors = () =>
        [$(el, '[part~="base"]')!, $(el, '[part~="session"]')!].map((n) => [
          getComputedStyle(n).backgroundColor,
          getComputedStyle(n).color,
        ]);
      expect(colors()).to.deep.equal([
        ['rgb(255, 255, 255)', 'rgb(27, 31, 36)'],
        ['rgb(255, 255, 255)', 'rgb(27, 31, 36)'],
      ]);
      // A visitor's dark system does not darken it on a page that declares nothing...
      await emulateMedia({ colorScheme: 'dark' });
      try {
        expect(colors()).to.deep.equal([
          ['rgb(255, 255, 255)', 'rgb(27, 31, 36)'],
          ['rgb(255, 255, 255)', 'rgb(27, 31, 36)'],
        ]);
        // ...a page that says `color-scheme: dark` does.
        document.documentElement.style.colorScheme = 'dark';
        expect(colors()).to.deep.equal([
          ['rgb(22, 27, 34)', 'rgb(230, 237, 243)'],
          ['rgb(22, 27, 34)', 'rgb(230, 237, 243)'],
        ]);
      } finally {
        document.documentElement.style.colorScheme = '';
        await emulateMedia({ colorScheme: 'light' });
      }
    },
  );

  it('its background comes with padding: no text touches the painted edge on a tinted page', async () => {
    const el = await fixture<El>(
      html`<div style="background: #fdf2d0"><course-schedule src=${SEED}></course-schedule></div>`,
    );
    const schedule = el.firstElementChild as El;
    await shown(schedule);
    const base = $(schedule, '[part~="base"]')!;
    const box = base.getBoundingClientRect();
    const title = $(schedule, '[part~="course-title"]')!.getBoundingClientRect();
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(title.left - box.left, 'inline padding').to.be.at.least(12);
    expect(title.top - box.top, 'block padding').to.be.at.least(12);
  });

  it('the page’s 62.5% root font size does not shrink it', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const el = await fixture<El>(html`<course-schedule src=${SEED}></course-schedule>`);
      await shown(el);
      expect(getComputedStyle($(el, '[part~="session"]')!).fontSize).to.equal('16px');
      expect(parseFloat(getComputedStyle($(el, '[part~="course-title"]')!).fontSize)).to.equal(24);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('1,000 sessions render in one shadow root, with a handful of Intl formatters', async () => {
    const start = Date.parse('2030-01-07T14:00:00Z');
    const iso = (ms: number) => new Date(ms).toISOString().replace('.000', '');
    const course = {
      version: 1,
      title: 'A thousand sessions',
      timeZone: 'America/New_York',
      sessions: Array.from({ length: 1000 }, (_, i) => ({
        id: `s${i}`,
        title: `Session ${i + 1}`,
        start: iso(start + i * 3 * 3_600_000),
        end: iso(start + i * 3 * 3_600_000 + 45 * 60_000),
        description: `About session ${i + 1}.`,
      })),
    };
    clearFormatCache();
    let constructed = 0;
    const Real = Intl.DateTimeFormat;
    Intl.DateTimeFormat = new Proxy(Real, {
      construct: (target, args) => (constructed++, Reflect.construct(target, args)),
    });
    try {
      const t0 = performance.now();
      const el = await fixture<El>(
        html`<course-schedule .course=${course} time-zone="Asia/Kolkata" now="2029-01-01T00:00:00Z"></course-schedule>`,
      );
      await shown(el);
      console.log(
        `1,000 sessions: ${Math.round(performance.now() - t0)} ms to render (not asserted)`,
      );
      expect($$(el, '[part~="list"] > li')).to.have.length(1000);
      // templates, not 1,000 nested custom elements
      expect(
        [...el.shadowRoot!.querySelectorAll('*')].filter((n) => n.localName.includes('-')),
      ).to.have.length(0);
      expect(visible($$(el, '[part~="session"]')[999]!.querySelector('[part~="title"]'))).to.equal(
        'Session 1000',
      );
      expect(constructed).to.be.at.most(10);
    } finally {
      Intl.DateTimeFormat = Real;
    }
  });
});
