// What a screen reader hears from a course page over ten simulated minutes: a schedule, a
// countdown and a register button on one injected clock, stepped a second at a time across a
// session start that is also the registration deadline (seed course, 27 October 2021,
// 18:54:30 to 19:04:30 UTC). Every live region in every shadow root is watched (role status,
// alert, log, timer, marquee and aria-live, and any that appears later): at most one
// announcement per milestone, none per tick, and no region inserted with its text already in.
import { expect } from '@open-wc/testing';
import { CountdownTimerElement } from '../../src/components/countdown-timer/countdown-timer.js';
import { CourseScheduleElement } from '../../src/components/course-schedule/course-schedule.js';
import { RegisterButtonElement } from '../../src/components/register-button/register-button.js';
import { loader } from '../../src/data/loader.js';
import { fakeClock } from '../components/fake-clock.js';
import { SEED, deepElements, settled, shadowText } from './helpers.js';
import { heldBy } from '../observe.js';

const START = Date.parse('2021-10-27T18:54:30Z');
const fake = fakeClock(START);
for (const [Base, tag] of [
  [CourseScheduleElement, 'lr-course-schedule'],
  [CountdownTimerElement, 'lr-countdown-timer'],
  [RegisterButtonElement, 'lr-register-button'],
] as const) {
  (class extends (Base as typeof CourseScheduleElement) {
    static override clock = fake.clock;
  }).define(tag);
}

const LIVE =
  '[role="status"], [role="alert"], [role="log"], [role="timer"], [role="marquee"], [aria-live]';

/** Watches every live region under `roots` (and regions added later) and records what they say. */
function listen(roots: Element[]) {
  const heard: { who: string; text: string; at: string }[] = [];
  const bornWithText: string[] = [];
  const known = new Map<Element, string>();
  const who = (r: Element) => (r.getRootNode() as ShadowRoot).host?.localName ?? 'page';
  const scan = (initial: boolean) => {
    for (const el of roots.flatMap((r) => deepElements(r))) {
      if (!el.matches(LIVE) || known.has(el)) continue;
      const text = (el.textContent ?? '').trim();
      if (!initial && text && el.getAttribute('role') !== 'alert')
        bornWithText.push(`${who(el)}: ${text}`);
      known.set(el, text);
    }
  };
  const check = () => {
    scan(false);
    for (const [r, before] of known) {
      const text = (r.textContent ?? '').trim();
      if (text !== before && text)
        heard.push({ who: who(r), text, at: new Date(fake.t).toISOString().slice(11, 19) });
      known.set(r, text);
    }
  };
  scan(true);
  const mo = new MutationObserver(check);
  for (const r of roots)
    for (const el of [r, ...deepElements(r)])
      if (el.shadowRoot)
        mo.observe(el.shadowRoot, { subtree: true, childList: true, characterData: true });
  return {
    heard,
    bornWithText,
    regions: () => [...known.keys()],
    flush: () => new Promise((r) => setTimeout(r)).then(check),
    stop: () => mo.disconnect(),
  };
}

describe('live regions over ten minutes on a course page', function () {
  this.timeout(60_000);
  before(() => loader.clear());
  after(() => loader.clear());

  it('one announcement per milestone, none per tick, across a session start and the registration deadline', async () => {
    fake.reset(START);
    const page = document.createElement('div');
    document.body.append(page);
    try {
      const els = ['lr-course-schedule', 'lr-countdown-timer', 'lr-register-button'].map((tag) => {
        const el = document.createElement(tag) as HTMLElement & {
          src: string;
          updateComplete: Promise<unknown>;
        };
        el.src = SEED;
        page.append(el);
        return el;
      });
      await Promise.all(els.map((el) => settled(el)));
      const log = listen(els);
      // The schedule's region (loading) and the countdown's (milestones) are in place, quiet.
      expect(
        log
          .regions()
          .map((r) => (r.getRootNode() as ShadowRoot).host.localName)
          .sort(),
      ).to.deep.equal(['lr-countdown-timer', 'lr-course-schedule']);
      expect(shadowText(els[2]!)).to.contain('Register');

      let renders = 0;
      const mo = new MutationObserver(() => renders++);
      mo.observe(els[1]!.shadowRoot!, { subtree: true, characterData: true, childList: true });
      for (let s = 0; s < 600; s++) {
        fake.advance(1000);
        await Promise.all(els.map((el) => el.updateComplete));
        if (s % 30 === 0) await log.flush();
      }
      await log.flush();
      mo.disconnect();
      log.stop();

      expect(new Date(fake.t).toISOString()).to.equal('2021-10-27T19:04:30.000Z');
      // The page changed as time passed: the countdown ticked, the session went live, registration closed.
      expect(
        renders,
        'countdown DOM changes (it ticked every second for five minutes)',
      ).to.be.greaterThan(290);
      expect(shadowText(els[1]!)).to.contain('Live now');
      expect(els[0]!.shadowRoot!.querySelector('.live')).to.not.equal(null);
      expect(shadowText(els[2]!)).to.contain('Registration closed');
      // ...and a screen reader heard two things, once each, at the milestones.
      expect(log.heard).to.deep.equal([
        { who: 'lr-countdown-timer', text: 'Starts in 5 minutes', at: '18:55:00' },
        { who: 'lr-countdown-timer', text: 'Live now', at: '19:00:00' },
      ]);
      expect(log.bornWithText).to.deep.equal([]);
    } finally {
      page.remove();
    }
    expect(heldBy(fake.clock)).to.equal(0);
  });
});
