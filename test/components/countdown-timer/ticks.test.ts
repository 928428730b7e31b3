// <countdown-timer>'s second ticks on an injected clock. Between two instants at which its
// state can change, a tick only writes the remaining time into its text node, without an
// update (what keeps 200 ticking countdowns cheap); everything a tick cannot see by itself
// must still make a whole update: a language inherited from an ancestor, reduced motion
// switched on, a clock set back before the last update, a `now`, a property.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { PropertyValues } from 'lit';
import { emulateMedia, itWithMedia } from '../../engine.js';
import { CountdownTimerElement } from '../../../src/components/countdown-timer/countdown-timer.js';
import { fakeClock } from '../fake-clock.js';
import { T, part } from '../helpers.js';
import { heldBy } from '../../observe.js';
// Spanish preloaded: these tests are about states and ticks; loading is test/components/languages.
import '../../../src/locales/es.js';

const fake = fakeClock(T('2021-10-13T17:30:00Z'));
class TickedCountdown extends CountdownTimerElement {
  static override clock = fake.clock;
  updates = 0;
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.updates++;
  }
}
TickedCountdown.define('ticked-countdown');

const SEC = 1000;
const MIN = 60 * SEC;

async function tick(el: TickedCountdown, ms: number) {
  fake.advance(ms);
  await el.updateComplete;
}

/** From a whole second, the first second tick lands 10 ms after the next boundary; the others a second apart. */
const FIRST = SEC + 10;

/** The pause button's text, '' without one (a string, so a failing check prints no element). */
const pause = (el: Element) => part(el, 'pause');
/** The delay of the one pending timer: a second tick is at most 1 s away, a minute tick more. */
const nextDelay = () => fake.delays[fake.delays.length - 1]!;

describe('<countdown-timer> second ticks', () => {
  afterEach(() => {
    fixtureCleanup();
    expect(heldBy(fake.clock), 'clock subscribers left').to.equal(0);
  });

  it('write only the time text: no update, nothing else in the shadow tree changes', async () => {
    fake.reset(T('2021-10-13T17:30:00Z'));
    const el = await fixture<TickedCountdown>(
      html`<ticked-countdown to="2021-10-13T18:00:00Z" label="Orientation"></ticked-countdown>`,
    );
    const updates = el.updates;
    const changed: string[] = [];
    const observer = new MutationObserver((records) =>
      changed.push(
        ...records.map((r) => `${r.type} ${r.target.parentElement?.getAttribute('part')}`),
      ),
    );
    observer.observe(el.shadowRoot!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    for (let i = 1; i <= 5; i++) {
      await tick(el, i === 1 ? FIRST : SEC);
      expect(part(el, 'status')).to.equal(`Starts in 29 minutes, ${60 - i} seconds`);
    }
    await new Promise((r) => setTimeout(r)); // mutation records arrive as microtasks
    observer.disconnect();
    expect(el.updates - updates, 'updates during five ticks').to.equal(0);
    expect(changed).to.deep.equal(Array(5).fill('characterData time'));
    expect(part(el, 'label')).to.equal('Orientation');
    expect(pause(el)).to.equal('Pause countdown');
  });

  it('a language set on an ancestor mid-count applies at the next tick, in every string', async () => {
    fake.reset(T('2021-10-13T17:30:00Z'));
    const box = await fixture<HTMLElement>(
      html`<div lang="en"><ticked-countdown to="2021-10-13T18:00:00Z"></ticked-countdown></div>`,
    );
    const el = box.firstElementChild as TickedCountdown;
    await tick(el, FIRST);
    expect(part(el, 'status')).to.equal('Starts in 29 minutes, 59 seconds');
    box.lang = 'es'; // no attribute of the element changes, so nothing requests an update
    await tick(el, SEC);
    expect(part(el, 'status')).to.equal('Comienza en 29 minutos y 58 segundos');
    expect(pause(el)).to.equal('Pausar la cuenta regresiva');
    await tick(el, SEC);
    expect(part(el, 'time')).to.equal('29 minutos y 57 segundos');
  });

  itWithMedia(
    'reduced motion switched on mid-count stops the seconds at the next tick; switched off, they come back',
    async () => {
      fake.reset(T('2021-10-13T17:30:00Z'));
      const el = await fixture<TickedCountdown>(
        html`<ticked-countdown to="2021-10-13T18:00:00Z" seconds></ticked-countdown>`,
      );
      await tick(el, FIRST);
      expect(part(el, 'time')).to.equal('29 minutes, 59 seconds');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        await tick(el, SEC);
        expect(part(el, 'time')).to.equal('30 minutes');
        expect(pause(el)).to.equal('');
        expect(nextDelay(), 'minute ticks').to.be.greaterThan(SEC + 10);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
      await tick(el, MIN); // the next minute tick sees it off
      expect(part(el, 'time')).to.equal('28 minutes, 58 seconds');
      expect(pause(el)).to.equal('Pause countdown');
      expect(nextDelay()).to.be.at.most(SEC + 10);
    },
  );

  it('a clock set back out of the final hour: minutes again, and no pause button', async () => {
    fake.reset(T('2021-10-13T17:00:30Z'));
    const el = await fixture<TickedCountdown>(
      html`<ticked-countdown to="2021-10-13T18:00:00Z"></ticked-countdown>`,
    );
    expect(part(el, 'time')).to.equal('59 minutes, 30 seconds');
    expect(pause(el)).to.equal('Pause countdown');
    fake.setBack(2 * MIN); // 16:58:30 on the wall clock; the pending second tick still fires
    await tick(el, FIRST);
    expect(part(el, 'time')).to.equal('1 hour, 2 minutes');
    expect(pause(el)).to.equal('');
    expect(nextDelay(), 'minute ticks').to.be.greaterThan(SEC + 10);
  });

  it('`now` set mid-count holds the time there; removed, the count goes on from the clock', async () => {
    fake.reset(T('2021-10-13T17:30:00Z'));
    const el = await fixture<TickedCountdown>(
      html`<ticked-countdown to="2021-10-13T18:00:00Z"></ticked-countdown>`,
    );
    await tick(el, FIRST);
    el.setAttribute('now', '2021-10-13T17:50:00Z');
    await tick(el, SEC); // the tick lands before the update the attribute asked for
    expect(part(el, 'time')).to.equal('10 minutes');
    await tick(el, 5 * SEC);
    expect(part(el, 'time')).to.equal('10 minutes');
    el.removeAttribute('now');
    await el.updateComplete;
    expect(part(el, 'time')).to.equal('29 minutes, 53 seconds');
    await tick(el, SEC);
    expect(part(el, 'time')).to.equal('29 minutes, 52 seconds');
  });

  it('`format` and `seconds` changed mid-count apply at once', async () => {
    fake.reset(T('2021-10-13T16:30:00Z'));
    const el = await fixture<TickedCountdown>(
      html`<ticked-countdown to="2021-10-13T18:00:00Z" seconds></ticked-countdown>`,
    );
    await tick(el, FIRST);
    expect(part(el, 'time')).to.equal('1 hour, 29 minutes, 59 seconds');
    el.format = 'compact';
    await tick(el, SEC);
    expect(part(el, 'time')).to.equal('1h 29m 58s');
    el.seconds = false; // more than an hour away: no seconds, minute ticks
    await tick(el, SEC);
    expect(part(el, 'time')).to.equal('1h 30m');
    expect(nextDelay()).to.be.greaterThan(SEC + 10);
  });
});
