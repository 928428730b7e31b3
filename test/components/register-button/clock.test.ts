// <register-button> changes state on its own as time passes, on an injected clock: exactly
// at the opening instant (a deadline, not the next minute tick), after a laptop sleeps
// through several changes, when the system clock goes back, and it leaves no timer behind.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { RegisterButtonElement } from '../../../src/components/register-button/register-button.js';
import { loader } from '../../../src/data/loader.js';
import { fakeClock } from '../fake-clock.js';
import { SEED, T, part, seen, shown, until } from '../helpers.js';
import { heldBy } from '../../observe.js';

const OD_NOTE =
  'Can’t make a live session? All sessions will be available to you on demand following the initial broadcast, and all course content for six months after the course ends.';

const fake = fakeClock(T('2021-08-01T03:58:00Z'));
class ClockedRegisterButton extends RegisterButtonElement {
  static override clock = fake.clock;
}
ClockedRegisterButton.define('clocked-register-button');

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

async function tick(el: RegisterButtonElement, ms: number, how: 'advance' | 'sleep' = 'advance') {
  fake[how](ms);
  await el.updateComplete;
}

describe('<register-button> over time', () => {
  beforeEach(() => loader.clear());
  afterEach(() => {
    fixtureCleanup();
    expect(heldBy(fake.clock), 'clock subscribers left after the test').to.equal(0);
    expect(fake.timers.size, 'timers left after the test').to.equal(0);
  });

  it('opens exactly at `opens`, notes the closing within three days, closes exactly at `closes`', async () => {
    fake.reset(T('2021-08-01T03:58:00Z'));
    const el = await fixture<RegisterButtonElement>(
      html`<clocked-register-button href="https://example.org/r" opens="2021-08-01T04:00:30Z" closes="2021-08-05T04:00:30Z" time-zone="America/New_York"></clocked-register-button>`,
    );
    expect(part(el, 'status')).to.equal('Registration opens Sun, Aug 1, 12:00 AM EDT');
    await tick(el, 2 * MIN + 30_000 - 1); // 04:00:29.999
    expect(part(el, 'status')).to.contain('Registration opens');
    await tick(el, 1); // 04:00:30.000: the deadline, not the minute tick
    expect(seen(el)).to.equal('Register');

    await tick(el, DAY + 1); // 2021-08-02T04:00:30.001Z: three days to go
    expect(part(el, 'deadline')).to.equal('Registration closes in 2 days');
    await tick(el, 2 * DAY + 23 * HOUR); // an hour to go; the relative text follows on minute ticks
    expect(part(el, 'deadline')).to.equal('Registration closes in 59 minutes');
    await tick(el, HOUR - 30_001); // 04:00:00.000
    expect(part(el, 'deadline')).to.equal('Registration closes in 30 seconds');
    await tick(el, 30_000);
    expect(seen(el)).to.equal('Registration closed');
    el.remove();
    expect(fake.timers.size, 'timers left').to.equal(0);
  });

  it('a laptop that sleeps from before opening to after the course shows the right state on wake', async () => {
    fake.reset(T('2021-07-20T12:00:00Z'));
    const el = await fixture<RegisterButtonElement>(
      html`<clocked-register-button src=${SEED}></clocked-register-button>`,
    );
    await shown(el);
    expect(part(el, 'status')).to.contain('Registration opens');
    const delaysBefore = fake.delays.length;
    await tick(el, 104 * DAY, 'sleep'); // 2021-11-01: past opens, closes and the last session
    expect(seen(el)).to.equal(`Watch on demand | ${OD_NOTE}`);
    // On wake: the overdue timer fired once and a few were rescheduled, not one per missed minute.
    expect(fake.delays.length - delaysBefore).to.be.at.most(5);
    expect(fake.timers.size).to.equal(1);
  });

  it('follows a system clock set back two minutes, and forward again', async () => {
    fake.reset(T('2021-08-01T04:00:30Z'));
    const el = await fixture<RegisterButtonElement>(
      html`<clocked-register-button href="https://example.org/r" opens="2021-08-01T04:01:00Z"></clocked-register-button>`,
    );
    await tick(el, MIN); // 04:01:30
    expect(seen(el)).to.equal('Register');
    fake.setBack(2 * MIN); // 03:59:30 on the wall clock
    await tick(el, 30_020); // the next minute tick (due 10 ms after the boundary) reads the time afresh: 04:00:00.020
    expect(part(el, 'status')).to.contain('Registration opens');
    await tick(el, 2 * MIN);
    expect(seen(el)).to.equal('Register');
  });

  it('a deadline that already fired fires again on time after the clock goes back before it', async () => {
    fake.reset(T('2021-08-01T04:00:00Z'));
    const el = await fixture<RegisterButtonElement>(
      html`<clocked-register-button href="https://example.org/r" opens="2021-08-01T04:00:30Z"></clocked-register-button>`,
    );
    await tick(el, 30_000); // 04:00:30: opened on the deadline
    expect(seen(el)).to.equal('Register');
    fake.setBack(2 * MIN); // 03:58:30 on the wall clock
    await tick(el, 30_010); // the minute tick finds 03:59:00.010: not open yet, waiting for 04:00:30 again
    expect(part(el, 'status')).to.contain('Registration opens');
    await tick(el, 60_000); // 04:00:00.010: the next minute tick, still before the instant
    expect(part(el, 'status')).to.contain('Registration opens');
    await tick(el, 29_990); // 04:00:30.000: the deadline, not the 04:01 tick
    expect(seen(el)).to.equal('Register');
  });

  it('over HTTP with the seed course: open -> closed at closes -> on demand after the last session', async () => {
    fake.reset(T('2021-10-27T18:58:00Z'));
    const el = await fixture<RegisterButtonElement>(
      html`<clocked-register-button src=${SEED}></clocked-register-button>`,
    );
    await shown(el);
    expect(part(el, 'deadline')).to.equal('Registration closes in 2 minutes');
    await tick(el, 2 * MIN);
    expect(seen(el)).to.equal('Registration closed');
    await tick(el, HOUR);
    expect(seen(el)).to.equal(`Watch on demand | ${OD_NOTE}`);
  });

  it('a `now` attribute freezes the state and subscribes to nothing', async () => {
    fake.reset(T('2021-09-01T00:00:00Z'));
    const el = await fixture<RegisterButtonElement>(
      html`<clocked-register-button href="https://example.org/r" opens="2021-08-01T04:00:00Z" now="2021-07-01T00:00:00Z"></clocked-register-button>`,
    );
    expect(part(el, 'status')).to.contain('Registration opens');
    expect(heldBy(fake.clock)).to.equal(0);
    el.removeAttribute('now');
    await until(() => seen(el) === 'Register');
    expect(heldBy(fake.clock)).to.equal(1);
  });
});
