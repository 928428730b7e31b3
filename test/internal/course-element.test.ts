import { expect, fixture, html } from '@open-wc/testing';
import type { CourseData } from '../../src/core/course/data.js';
import type { CourseError } from '../../src/core/course/errors.js';
import type { Course } from '../../src/core/course/types.js';
import { clock as sharedClock } from '../../src/controllers/clock.js';
import { visitorTimeZone } from '../../src/controllers/locale.js';
import { CourseElement } from '../../src/internal/course-element.js';
import { VERSION } from '../../src/internal/version.js';
import { quickLoader, serverCounts, sleep, uniqueKey, until } from '../data/fault.js';
import { fakeClock } from '../components/fake-clock.js';
import { heldBy, localeHostCount } from '../observe.js';

/** The smallest possible element on the base class: renders the title and the hooks' states. */
class TestCourseElement extends CourseElement {
  static override tagName = 'test-course-element';
  renders = 0;
  protected override renderCourse(course: Course) {
    this.renders++;
    return html`<h2 part="title">${course.title}</h2>`;
  }
  protected override renderPending() {
    this.renders++;
    return html`<p class="pending">Loading</p>`;
  }
  protected override renderError(error: CourseError) {
    this.renders++;
    return html`<p class="error">${error.message}</p>`;
  }
  get probe() {
    return {
      nowMs: this.nowMs,
      locale: this.locale,
      zone: this.displayZone,
      status: this.data.status,
    };
  }
}
TestCourseElement.define();

/** Ticks every second (for the clock wiring test), on the fake clock: tests move its time. */
const fake = fakeClock(Date.parse('2021-10-13T17:00:00Z'));
class TickingTestElement extends TestCourseElement {
  static override tagName = 'ticking-test-element';
  static override granularity = 'second' as const;
  static override clock = fake.clock;
}
TickingTestElement.define();

const MINI = {
  version: 1,
  title: 'Base mini',
  timeZone: 'America/New_York',
  sessions: [{ id: 'a', title: 'A', start: '2021-10-13T14:00', end: '2021-10-13T15:00' }],
};

function spyWarn() {
  const calls: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args.join(' '));
  return { calls, restore: () => (console.warn = original) };
}

const slotted = (el: Element) => {
  const slot = el.shadowRoot!.querySelector('slot');
  return slot ? slot.assignedNodes({ flatten: true }).filter((n) => n.nodeType === 1) : [];
};

describe('CourseElement', () => {
  quickLoader();

  it('define(): the default tag, repeat-safe, a custom tag, and the version', () => {
    expect(customElements.get('test-course-element')).to.equal(TestCourseElement);
    expect(TestCourseElement.define()).to.equal(true);
    expect(TestCourseElement.define('test-course-renamed')).to.equal(true);
    expect(document.createElement('test-course-renamed')).to.be.instanceOf(TestCourseElement);
    expect(TestCourseElement.version).to.equal(VERSION);
  });

  it('light-DOM fallback stays visible while loading and after an error, and goes once the course shows', async () => {
    const key = uniqueKey();
    const el = await fixture<TestCourseElement>(
      html`<test-course-element src="/__fault/slow/${key}?delay=150"><a href="/course.html">See the course page</a></test-course-element>`,
    );
    expect(el.shadowRoot!.querySelector('.pending')).to.not.equal(null);
    expect(slotted(el).map((n) => n.textContent)).to.deep.equal(['See the course page']);
    await until(() => el.probe.status === 'complete');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Loader mini course');
    expect(slotted(el)).to.deep.equal([]);
    expect(el.querySelector('a')!.getClientRects().length, 'fallback not rendered').to.equal(0);

    const failing = await fixture<TestCourseElement>(
      html`<test-course-element src="/__fault/status/${uniqueKey()}?code=404"><a href="/course.html">See the course page</a></test-course-element>`,
    );
    await until(() => failing.probe.status === 'error');
    await failing.updateComplete;
    expect(failing.shadowRoot!.querySelector('.error')!.textContent).to.contain(
      'HTTP 404 Not Found',
    );
    expect(slotted(failing).map((n) => n.textContent)).to.deep.equal(['See the course page']);
    expect(
      failing.querySelector('a')!.getClientRects().length,
      'fallback rendered',
    ).to.be.greaterThan(0);
  });

  it('course-load and course-error bubble out of the element to the document', async () => {
    const seen: string[] = [];
    const on = (e: Event) => seen.push(`${e.type}:${(e.target as Element).localName}`);
    document.addEventListener('course-load', on);
    document.addEventListener('course-error', on);
    try {
      const el = await fixture<TestCourseElement>(
        html`<test-course-element .course=${MINI}></test-course-element>`,
      );
      await until(() => seen.length === 1);
      // A plain-JS page may set anything: validated at run time like fetched JSON.
      el.course = { title: 'no zone, no sessions' } as unknown as CourseData;
      await until(() => seen.length === 2);
      expect(seen).to.deep.equal([
        'course-load:test-course-element',
        'course-error:test-course-element',
      ]);
    } finally {
      document.removeEventListener('course-load', on);
      document.removeEventListener('course-error', on);
    }
  });

  it('reload() fetches again', async () => {
    const key = uniqueKey();
    const el = await fixture<TestCourseElement>(
      html`<test-course-element src="/__fault/ok/${key}"></test-course-element>`,
    );
    await until(() => el.probe.status === 'complete');
    await el.reload();
    expect((await serverCounts(key)).count).to.equal(2);
  });

  it('now: an instant attribute, a number or a Date property', async () => {
    const el = await fixture<TestCourseElement>(
      html`<test-course-element now="2021-10-13T18:00:00Z"></test-course-element>`,
    );
    expect(el.probe.nowMs).to.equal(Date.UTC(2021, 9, 13, 18));
    el.setAttribute('now', '2021-10-13T14:00:00-04:00');
    expect(el.probe.nowMs).to.equal(Date.UTC(2021, 9, 13, 18));
    el.now = Date.UTC(2030, 0, 1);
    expect(el.probe.nowMs).to.equal(Date.UTC(2030, 0, 1));
    el.now = new Date(Date.UTC(2025, 5, 1));
    expect(el.probe.nowMs).to.equal(Date.UTC(2025, 5, 1));
    el.now = undefined;
    expect(Math.abs(el.probe.nowMs - Date.now())).to.be.below(1000);
  });

  it('an invalid now is ignored with one warning and the real clock is used', async () => {
    const warn = spyWarn();
    try {
      for (const bad of ['tomorrow', '2021-10-13T14:00', '2021-02-30T10:00:00Z']) {
        const el = await fixture<TestCourseElement>(
          html`<test-course-element now=${bad}></test-course-element>`,
        );
        expect(Math.abs(el.probe.nowMs - Date.now())).to.be.below(1000);
        el.requestUpdate();
        await el.updateComplete;
        expect(Math.abs(el.probe.nowMs - Date.now())).to.be.below(1000);
        expect(warn.calls.filter((c) => c.includes(JSON.stringify(bad)))).to.have.length(1);
      }
      const el = await fixture<TestCourseElement>(
        html`<test-course-element></test-course-element>`,
      );
      el.now = NaN;
      expect(Math.abs(el.probe.nowMs - Date.now())).to.be.below(1000);
    } finally {
      warn.restore();
    }
  });

  it('elements run on the shared clock by default', () => {
    expect(TestCourseElement.clock).to.equal(sharedClock);
  });

  it('uses the clock only without a fixed now, and leaves it on removal', async () => {
    const clock = fake.clock;
    const before = heldBy(clock);
    const preview = await fixture<TickingTestElement>(
      html`<ticking-test-element now="2021-10-13T18:00:00Z"></ticking-test-element>`,
    );
    expect(heldBy(clock)).to.equal(before);
    const live = await fixture<TickingTestElement>(
      html`<ticking-test-element .course=${MINI}></ticking-test-element>`,
    );
    expect(heldBy(clock)).to.equal(before + 1);
    const r0 = live.renders;
    const p0 = preview.renders;
    fake.advance(2000); // two second boundaries
    await Promise.all([live.updateComplete, preview.updateComplete]);
    expect(live.renders).to.be.greaterThan(r0);
    expect(preview.renders).to.equal(p0);
    live.remove();
    preview.remove();
    expect(heldBy(clock)).to.equal(before);
  });

  it('locale and zone: inherited, overridable, re-rendered when lang changes', async () => {
    const box = await fixture(
      html`<div lang="es" time-zone="Asia/Tokyo"><test-course-element .course=${MINI}></test-course-element></div>`,
    );
    const el = box.querySelector<TestCourseElement>('test-course-element')!;
    expect(el.probe.locale).to.equal('es');
    expect(el.probe.zone).to.equal('Asia/Tokyo');
    el.timeZone = 'Europe/Lisbon';
    await el.updateComplete;
    expect(el.getAttribute('time-zone')).to.equal('Europe/Lisbon'); // reflected, so children inherit it
    expect(el.probe.zone).to.equal('Europe/Lisbon');
    const r = el.renders;
    el.setAttribute('lang', 'en-GB');
    await el.updateComplete;
    expect(el.renders).to.equal(r + 1);
    expect(el.probe.locale).to.equal('en-GB');
    el.removeAttribute('time-zone');
    box.removeAttribute('time-zone');
    const warn = spyWarn();
    try {
      el.timeZone = 'EST';
      await el.updateComplete;
      expect(el.probe.zone).to.equal(visitorTimeZone());
    } finally {
      warn.restore();
    }
  });

  it('1,000 mount/unmount cycles leave no clock subscriber, locale host or request behind', async () => {
    const key = uniqueKey();
    const src = `/__fault/ok/${key}`;
    const [clockBefore, hostsBefore] = [heldBy(fake.clock), localeHostCount()];
    const box = document.createElement('div');
    document.body.append(box);
    try {
      for (let i = 0; i < 1000; i++) {
        const el = document.createElement('ticking-test-element') as TickingTestElement;
        el.src = src;
        el.refresh = 60;
        box.append(el);
        await el.updateComplete;
        if (i === 0) await until(() => el.probe.status === 'complete');
        expect(el.probe.status).to.equal('complete');
        el.remove();
      }
      await sleep(20); // past any deferred abort
      expect(heldBy(fake.clock)).to.equal(clockBefore);
      expect(localeHostCount()).to.equal(hostsBefore);
      expect((await serverCounts(key)).count).to.equal(1);
    } finally {
      box.remove();
    }
  });

  it('refresh and src attributes are read', async () => {
    const el = await fixture<TestCourseElement>(
      html`<test-course-element refresh="30" src="/__fault/ok/${uniqueKey()}"></test-course-element>`,
    );
    expect(el.refresh).to.equal(30);
    expect(el.src).to.match(/^\/__fault\/ok\//);
    el.remove();
  });

  it('a hostile page stylesheet does not shrink or reflow the element', async () => {
    const style = document.createElement('style');
    style.textContent =
      'html{font-size:62.5%} body{line-height:3;text-transform:uppercase;letter-spacing:4px} *{box-sizing:content-box}';
    document.head.append(style);
    try {
      const el = await fixture<TestCourseElement>(
        html`<test-course-element .course=${MINI}></test-course-element>`,
      );
      await until(() => el.probe.status === 'complete');
      await el.updateComplete;
      const host = getComputedStyle(el);
      expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
      expect(host.fontSize).to.equal('16px');
      expect(host.textTransform).to.equal('none');
      expect(host.letterSpacing).to.equal('normal');
      expect(parseFloat(host.lineHeight)).to.be.below(30);
      expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).boxSizing).to.equal(
        'border-box',
      );
      el.style.setProperty('--cw-font-size', '20px');
      expect(getComputedStyle(el).fontSize).to.equal('20px');
    } finally {
      style.remove();
    }
  });
});
