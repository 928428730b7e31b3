// <session-card> changes phase on its own, on an injected clock: exactly at 15 minutes
// before the start, at the start and at the end (deadlines, not minute ticks), and leaves
// no timer behind.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { SessionCardElement } from '../../../src/components/session-card/session-card.js';
import { loader } from '../../../src/data/loader.js';
import { fakeClock } from '../fake-clock.js';
import { $, ALL_KINDS, T, shown, visible } from '../helpers.js';
import { heldBy } from '../../observe.js';

const fake = fakeClock(T('2021-09-14T14:40:00Z'));
class ClockedSessionCard extends SessionCardElement {
  static override clock = fake.clock;
}
ClockedSessionCard.define('clocked-session-card');

const status = (el: Element) => visible($(el, '[part~="status"]'));

describe('<session-card> over time', () => {
  beforeEach(() => loader.clear());
  afterEach(() => {
    fixtureCleanup();
    expect(heldBy(fake.clock), 'clock subscribers left after the test').to.equal(0);
    expect(fake.timers.size, 'timers left after the test').to.equal(0);
  });

  it('upcoming -> starting soon -> live (Join) -> ended (Watch recording) at the exact instants', async () => {
    fake.reset(T('2021-09-14T14:40:00Z')); // keynote: 15:00Z-16:00Z
    const el = await fixture<SessionCardElement>(
      html`<clocked-session-card src=${ALL_KINDS} session-id="keynote"></clocked-session-card>`,
    );
    await shown(el);
    const step = async (ms: number) => {
      fake.advance(ms);
      await el.updateComplete;
    };
    expect(status(el)).to.equal('Keynote Upcoming');
    // one timer, due at the next phase change (14:45), not every minute
    expect([...fake.timers.values()].map((t) => t.due)).to.have.length(1);
    const rendersBefore = fake.delays.length;
    await step(5 * 60_000 - 1); // 14:44:59.999
    expect(status(el)).to.equal('Keynote Upcoming');
    expect(fake.delays.length, 'no minute ticks in between').to.equal(rendersBefore);
    await step(1);
    expect(status(el)).to.equal('Keynote Starting soon Join');
    await step(15 * 60_000);
    expect(status(el)).to.equal('Keynote Live now Join');
    expect($(el, '.session')!.classList.contains('live')).to.equal(true);
    await step(60 * 60_000 - 1);
    expect(status(el)).to.equal('Keynote Live now Join');
    await step(1);
    expect(status(el)).to.equal('Keynote Ended Watch recording');
    expect($(el, '[part~="status"] a')!.getAttribute('href')).to.equal(
      'https://video.example.org/keynote',
    );
  });

  it('a laptop asleep through the whole session wakes to "Ended"', async () => {
    fake.reset(T('2021-09-14T14:00:00Z'));
    const el = await fixture<SessionCardElement>(
      html`<clocked-session-card src=${ALL_KINDS} session-id="keynote"></clocked-session-card>`,
    );
    await shown(el);
    fake.sleep(3 * 3_600_000);
    await el.updateComplete;
    expect(status(el)).to.equal('Keynote Ended Watch recording');
  });

  it('with a fixed `now` the clock is not used at all', async () => {
    fake.reset(T('2021-09-14T14:00:00Z'));
    const el = await fixture<SessionCardElement>(
      html`<clocked-session-card src=${ALL_KINDS} session-id="keynote" now="2021-09-14T15:10:00Z"></clocked-session-card>`,
    );
    await shown(el);
    expect(status(el)).to.equal('Keynote Live now Join');
    expect(heldBy(fake.clock)).to.equal(0);
  });
});
