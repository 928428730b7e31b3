// Links of <register-button>: dangerous URLs in every field never become an href (one
// warning each, not one per render); `register-click` fires first and can stop the
// navigation, from a mouse click or the keyboard; the label slot; visible focus.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/register-button/define.js';
import type { RegisterButtonElement } from '../../../src/components/register-button/register-button.js';
import { loader } from '../../../src/data/loader.js';
import { RegisterClickEvent } from '../../../src/events/register-click.js';
import { $, HOSTILE, expectOnlySafeLinks, part, seen, shown, spyWarn } from '../helpers.js';
import { accessibleCount, press } from '../../engine.js';

const DANGEROUS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'jav&#x61;script:alert(1)',
  '//javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'blob:https://example.org/6f1d',
  'file:///etc/passwd',
];

const SAFE = 'https://example.org/ok';

async function make(
  attrs: Record<string, string>,
  now = '2021-09-01T00:00:00Z',
): Promise<RegisterButtonElement> {
  const el = document.createElement('register-button') as RegisterButtonElement;
  for (const [k, v] of Object.entries({ now, ...attrs })) el.setAttribute(k, v);
  await fixture(el);
  return el;
}

/** Re-render a few times: warnings must not repeat. */
async function rerender(el: RegisterButtonElement) {
  for (let i = 0; i < 3; i++) {
    el.requestUpdate();
    await el.updateComplete;
  }
}

/** A course object with `url` in every link field the button reads. */
const courseWith = (url: string, extra: object = {}) => ({
  version: 1,
  title: 'Link test',
  timeZone: 'America/New_York',
  registration: {
    url,
    waitlistUrl: url,
    codeOfConductUrl: url,
    groupRates: { note: 'Groups', contact: url },
    ...extra,
  },
  onDemand: { url },
  sessions: [{ id: 'a', title: 'A', start: '2021-10-13T14:00', end: '2021-10-13T15:00' }],
});

describe('<register-button> links', () => {
  beforeEach(() => loader.clear());

  it('a dangerous href never becomes a link: "Registration link unavailable" and one warning', async () => {
    for (const bad of DANGEROUS) {
      const warn = spyWarn();
      try {
        const el = await make({ href: bad });
        await rerender(el);
        expect(seen(el), JSON.stringify(bad)).to.equal('Registration link unavailable');
        expect(expectOnlySafeLinks(el)).to.deep.equal([]);
        expect(warn.calls, JSON.stringify(bad)).to.have.length(1);
        expect(warn.calls[0]).to.contain('<register-button> href:');
        await expect(el).to.be.accessible();
      } finally {
        warn.restore();
      }
    }
  });

  it('a dangerous waitlist-href: "Sold out" without a link, and one warning', async () => {
    for (const bad of DANGEROUS) {
      const warn = spyWarn();
      try {
        const el = await make({ href: SAFE, status: 'full', 'waitlist-href': bad });
        await rerender(el);
        expect(seen(el)).to.equal('Sold out');
        expect(expectOnlySafeLinks(el)).to.deep.equal([]);
        expect(warn.calls).to.have.length(1);
        expect(warn.calls[0]).to.contain('waitlist-href:');
      } finally {
        warn.restore();
      }
    }
  });

  it('dangerous URLs in every feed link field: no link anywhere, one warning per field', async () => {
    for (const bad of DANGEROUS) {
      const warn = spyWarn();
      try {
        const open = await fixture<RegisterButtonElement>(
          html`<register-button .course=${courseWith(bad)} now="2021-09-01T00:00:00Z"></register-button>`,
        );
        await shown(open);
        await rerender(open);
        expect(seen(open), JSON.stringify(bad)).to.equal('Registration link unavailable');
        expectOnlySafeLinks(open);
        expect(warn.calls.map((w) => w.split(':')[1]!.trim().split(' ').pop())).to.deep.equal([
          'registration.url',
          'registration.waitlistUrl',
          'registration.codeOfConductUrl',
          'registration.groupRates.contact',
          'onDemand.url',
        ]);
        // The waitlist, terms and group-rates links and on-demand are all gone too.
        const full = await fixture<RegisterButtonElement>(
          html`<register-button .course=${courseWith(bad, { url: SAFE, status: 'waitlist' })} now="2021-09-01T00:00:00Z"></register-button>`,
        );
        await shown(full);
        expect(seen(full)).to.equal('Sold out | Groups');
        expect(expectOnlySafeLinks(full)).to.deep.equal([]);
        const over = await fixture<RegisterButtonElement>(
          html`<register-button .course=${courseWith(bad)} now="2021-11-01T00:00:00Z"></register-button>`,
        );
        await shown(over);
        expect(seen(over)).to.equal('Registration closed');
        expect(expectOnlySafeLinks(over)).to.deep.equal([]);
      } finally {
        warn.restore();
      }
    }
  });

  it('hostile.json over HTTP: unavailable, text shown as text, nothing executed', async () => {
    const warn = spyWarn();
    try {
      const el = await fixture<RegisterButtonElement>(
        html`<register-button src=${HOSTILE} now="2021-09-01T00:00:00Z"></register-button>`,
      );
      await shown(el);
      await rerender(el);
      expect(seen(el)).to.equal('Registration link unavailable');
      expectOnlySafeLinks(el);
      expect(el.shadowRoot!.querySelector('img, svg, script')).to.equal(null);
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
      expect(warn.calls).to.have.length(5);
    } finally {
      warn.restore();
    }
  });

  it('register-click fires first with href and kind, bubbles out of the shadow root, and navigation goes on', async () => {
    const el = await make({ href: SAFE });
    const a = $(el, 'a[part="button"]') as HTMLAnchorElement;
    let navigationPrevented: boolean | undefined;
    // Runs after the element's own handler (bubbling to window); stops the test page navigating.
    const guard = (e: Event) => {
      navigationPrevented = e.defaultPrevented;
      e.preventDefault();
    };
    window.addEventListener('click', guard);
    try {
      const heard = oneEvent(document, 'register-click');
      a.click();
      const e = (await heard) as unknown as RegisterClickEvent;
      expect(e).to.be.instanceOf(RegisterClickEvent);
      expect([e.href, e.kind, e.composed, e.cancelable]).to.deep.equal([
        SAFE,
        'register',
        true,
        true,
      ]);
      expect(navigationPrevented).to.equal(false);
    } finally {
      window.removeEventListener('click', guard);
    }
  });

  it('cancelling register-click stops the navigation, also from the keyboard (Enter)', async () => {
    const el = await make({
      href: SAFE,
      status: 'full',
      'waitlist-href': 'https://example.org/wait',
    });
    const kinds: string[] = [];
    el.addEventListener('register-click', (e) => {
      kinds.push(e.kind);
      e.preventDefault();
    });
    let navigationPrevented: boolean | undefined;
    const guard = (e: Event) => {
      navigationPrevented = e.defaultPrevented;
      e.preventDefault();
    };
    window.addEventListener('click', guard);
    try {
      ($(el, 'a[part="button"]') as HTMLAnchorElement).focus();
      await press('Enter');
      expect(kinds).to.deep.equal(['waitlist']);
      expect(navigationPrevented).to.equal(true);
    } finally {
      window.removeEventListener('click', guard);
    }
  });

  it('on-demand links report their kind', async () => {
    const el = await fixture<RegisterButtonElement>(
      html`<register-button .course=${courseWith(SAFE)} now="2021-11-01T00:00:00Z"></register-button>`,
    );
    await shown(el);
    const heard = oneEvent(el, 'register-click');
    const guard = (e: Event) => e.preventDefault();
    window.addEventListener('click', guard);
    try {
      ($(el, 'a[part="button"]') as HTMLAnchorElement).click();
      expect(((await heard) as unknown as RegisterClickEvent).kind).to.equal('on-demand');
    } finally {
      window.removeEventListener('click', guard);
    }
  });

  it('the label slot replaces the label and the accessible name', async () => {
    const el = await fixture<RegisterButtonElement>(
      html`<register-button href=${SAFE} course-title="Fall Workshop" now="2021-09-01T00:00:00Z"><span slot="label">Save my seat</span></register-button>`,
    );
    const slot = $(el, 'slot[name="label"]') as HTMLSlotElement;
    expect(slot.assignedElements().map((n) => n.textContent)).to.deep.equal(['Save my seat']);
    expect(await accessibleCount('link', 'Save my seat'), 'links named so').to.be.above(0);
    expect(await accessibleCount('link', 'Register for Fall Workshop'), 'links named so').to.equal(
      0,
    );
    await expect(el).to.be.accessible();
  });

  it('keyboard focus reaches the link and shows a visible outline', async () => {
    const el = await make({ href: SAFE });
    const a = $(el, 'a[part="button"]') as HTMLAnchorElement;
    (document.activeElement as HTMLElement | null)?.blur();
    await press('Tab');
    expect(el.shadowRoot!.activeElement).to.equal(a);
    expect(a.matches(':focus-visible')).to.equal(true);
    const style = getComputedStyle(a);
    expect(style.outlineStyle).to.not.equal('none');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('a label override through `strings` (a plain string with {title})', async () => {
    const el = await make({ href: SAFE, 'course-title': 'Fall Workshop' });
    el.strings = { register: 'Enroll', registerFor: 'Enroll in {title}' };
    await el.updateComplete;
    expect(seen(el)).to.equal('Enroll');
    expect(await accessibleCount('link', 'Enroll in Fall Workshop'), 'links named so').to.be.above(
      0,
    );
    expect(part(el, 'button')).to.contain('Enroll in Fall Workshop');
  });
});
