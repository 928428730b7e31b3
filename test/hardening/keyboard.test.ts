// A keyboard walk through a schedule, with real key presses (test/engine.ts): Tab reaches every
// control exactly once, in the order they appear (time switch, whole-course calendar, "Show
// earlier", then each session's links, "Show more" and calendar), Shift+Tab walks back the same
// way, and Enter or Space on each kind of control does what a pointer would, leaving focus on it.
import { expect } from '@open-wc/testing';
import { press } from '../engine.js';
import '../../src/define.js';
import { AT, course } from './courses.js';
import { cleanup, deepActive, make, serve, settled, sleep } from './helpers.js';

type El = HTMLElement & { updateComplete: Promise<unknown> };
const FOCUSABLE = 'a[href], button, summary, [tabindex]:not([tabindex="-1"])';

/** The controls in the shadow root in DOM order, skipping those inside closed <details>. */
const controls = (el: El) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (c) => !c.closest('details:not([open]) > :not(summary)'),
  );

const name = (c: Element | null) =>
  c
    ? `${c.localName}:${(c.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}`
    : 'nothing';

/** Tabs from the button before the schedule to the one after it, returning what got focus inside. */
async function walk(el: El, back = false): Promise<Element[]> {
  const [before, after] = [
    el.previousElementSibling as HTMLElement,
    el.nextElementSibling as HTMLElement,
  ];
  (back ? after : before).focus();
  const seen: Element[] = [];
  for (let i = 0; i < 80; i++) {
    await press('Tab', { shift: back });
    const a = deepActive();
    if (a === (back ? before : after)) return seen;
    if (a && el.shadowRoot!.contains(a)) seen.push(a);
    else throw new Error(`focus left the schedule for ${name(a)}`);
  }
  throw new Error('never reached the end of the schedule');
}

describe('keyboard walk through a schedule', function () {
  this.timeout(30_000);
  let src: string;
  let el: El;
  before(async () => {
    src = await serve(course((n) => `Text ${n}`));
  });
  beforeEach(async () => {
    const box = document.createElement('div');
    const button = (t: string) =>
      Object.assign(document.createElement('button'), { textContent: t });
    document.body.append(box);
    box.append(button('before'));
    // The event's zone is shown beside a zone of its own, so the Your time / Event time switch is there.
    el = make<El>(
      'course-schedule',
      { src, now: AT.live, 'time-zone': 'Asia/Kolkata' },
      {},
      [],
      box,
    );
    box.append(button('after'));
    await settled(el);
  });
  afterEach(() => {
    el.parentElement!.remove();
    cleanup();
  });

  it('Tab reaches every control once, in DOM order (summary, switch, calendar, earlier sessions, sessions); Shift+Tab the same backwards', async () => {
    const expected = controls(el);
    // The course summary's "Show more" comes with the summary, above the toolbar.
    expect(expected.map(name).slice(0, 5)).to.deep.equal([
      'button:Show more',
      'button:Your time',
      'button:Event time',
      'summary:Add all sessions to your calendar',
      'button:Show 1 earlier session',
    ]);
    const forward = await walk(el);
    expect(forward.map(name)).to.deep.equal(expected.map(name));
    expect(forward).to.deep.equal(expected);
    const backward = await walk(el, true);
    expect(backward).to.deep.equal([...expected].reverse());
  });

  it('with every disclosure opened by keyboard, Tab still reaches every control in order, the new ones where they appear', async () => {
    // Open everything from the keyboard: Enter on buttons, Space on summaries.
    for (let round = 0; round < 4; round++) {
      const closed = controls(el).filter(
        (c) =>
          c.getAttribute('aria-expanded') === 'false' ||
          (c.localName === 'summary' && !(c.parentElement as HTMLDetailsElement).open),
      );
      if (!closed.length) break;
      for (const c of closed) {
        c.focus();
        await press(c.localName === 'summary' ? 'Space' : 'Enter');
        await sleep(0);
        await el.updateComplete;
        expect(deepActive(), `focus stays on ${name(c)}`).to.equal(c);
      }
    }
    const all = controls(el);
    expect(all.map(name)).to.include.members([
      'a:Download .ics: Text 1',
      'a:Join: Text 17',
      'a:Watch recording: Text 11',
      'button:Show less',
      'button:Hide earlier sessions',
    ]);
    const forward = await walk(el);
    expect(forward).to.deep.equal(all);
  });

  it('Enter on "Event time" presses it (aria-pressed follows) and focus stays on it', async () => {
    const [yours, event] = controls(el).filter((c) => c.hasAttribute('aria-pressed'));
    event!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(event!.getAttribute('aria-pressed')).to.equal('true');
    expect(yours!.getAttribute('aria-pressed')).to.equal('false');
    expect(deepActive()).to.equal(event);
    await press('Tab', { shift: true });
    await press('Space');
    await el.updateComplete;
    expect(yours!.getAttribute('aria-pressed')).to.equal('true');
  });
});
