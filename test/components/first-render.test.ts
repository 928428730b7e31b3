// The first render after connecting shows data that is already at hand: a cached `src`, inline
// JSON or the `course` property. Lit runs willUpdate() before controllers' hostUpdate(), so an
// element that derives its view in willUpdate() (the button, the countdown) once rendered a pass
// from no data (the fallback content, or nothing) before the data; the base class now applies
// such data before willUpdate(). Every update is recorded, so a flash of one pass fails.
import { expect } from '@open-wc/testing';
import { CountdownTimerElement } from '../../src/components/countdown-timer/countdown-timer.js';
import { CourseScheduleElement } from '../../src/components/course-schedule/course-schedule.js';
import { RegisterButtonElement } from '../../src/components/register-button/register-button.js';
import { SessionCardElement } from '../../src/components/session-card/session-card.js';
import { loader } from '../../src/data/loader.js';
import type { CourseData } from '../../src/core/course/data.js';
import type { CourseElement } from '../../src/internal/course-element.js';

const SEED = '/test/fixtures/resilient-together-2021.json';
const NOW = '2021-09-01T12:00:00Z';

type Shown = 'data' | 'fallback' | 'empty' | 'pending';
type Recorder = CourseElement & { log: Shown[]; text(): string };

/** What one update left in the shadow root. */
function shownIn(el: Element): Shown {
  const root = el.shadowRoot!;
  if (root.querySelector('[part~="base"]')) return 'data';
  if (root.querySelector('[part~="skeleton"]')) return 'pending';
  if (root.querySelector('slot:not([name])')) return 'fallback';
  return 'empty';
}

/** A subclass of `Base` that records what every update rendered. */
function recording<T extends typeof CourseElement>(Base: T, tag: string) {
  const C = class extends (Base as typeof CourseElement) {
    log: Shown[] = [];
    protected override updated(changed: Map<PropertyKey, unknown>): void {
      super.updated(changed);
      this.log.push(shownIn(this));
    }
    text(): string {
      return this.shadowRoot!.textContent ?? '';
    }
  };
  C.define(tag);
  return C;
}

const ELEMENTS = [
  ['course-schedule', recording(CourseScheduleElement, 'first-render-schedule')],
  ['session-card', recording(SessionCardElement, 'first-render-card')],
  ['register-button', recording(RegisterButtonElement, 'first-render-button')],
  ['countdown-timer', recording(CountdownTimerElement, 'first-render-countdown')],
] as const;

/** Creates the element with `setup`, connects it, waits for it to settle, and returns it. */
async function connect(tag: string, setup: (el: Recorder) => void): Promise<Recorder> {
  const el = document.createElement(tag) as Recorder;
  el.setAttribute('now', NOW);
  el.append(
    Object.assign(document.createElement('a'), { href: '/fallback', textContent: 'Fallback link' }),
  );
  setup(el);
  document.body.append(el);
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  return el;
}

describe('first render with data at hand', () => {
  let seed: CourseData;
  before(async () => {
    seed = await (await fetch(SEED)).json();
  });
  afterEach(() => document.querySelectorAll('[now]').forEach((n) => n.remove()));

  for (const [name, C] of ELEMENTS) {
    const tag = customElements.getName(C)!;

    it(`<${name}> with a cached src: data on the first render, never the fallback`, async () => {
      await loader.load(SEED);
      const el = await connect(tag, (e) => (e.src = SEED));
      expect(el.log[0], `renders: ${el.log.join(', ')}`).to.equal('data');
      expect(el.log).to.not.include('fallback');
    });

    it(`<${name}> with inline JSON: data on the first render`, async () => {
      const el = await connect(tag, (e) => {
        const s = document.createElement('script');
        s.type = 'application/json';
        s.textContent = JSON.stringify(seed);
        e.append(s);
      });
      expect(el.log[0], `renders: ${el.log.join(', ')}`).to.equal('data');
      expect(el.log).to.not.include('fallback');
    });

    it(`<${name}> with the course property: data on the first render, and a new course on the first render after it is set`, async () => {
      const el = await connect(tag, (e) => (e.course = seed));
      expect(el.log[0], `renders: ${el.log.join(', ')}`).to.equal('data');
      const other = structuredClone(seed);
      other.title = 'Renamed course';
      for (const s of other.sessions) s.title = `Renamed ${s.title}`;
      el.log.length = 0;
      el.course = other;
      await el.updateComplete;
      expect(el.log[0]).to.equal('data');
      // The button names the course and the countdown a session: each shows the new text at once.
      if (name !== 'register-button') expect(el.text()).to.contain('Renamed');
    });
  }

  it('<register-button> names the new course in its link on the first render after `course` changes', async () => {
    const el = await connect('first-render-button', (e) => (e.course = seed));
    const other = { ...seed, title: 'Renamed course' };
    el.course = other;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('a')!.textContent).to.contain(
      'Register for Renamed course',
    );
  });
});
