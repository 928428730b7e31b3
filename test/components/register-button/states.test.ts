// Every state of <register-button> at chosen instants (`now`), from the seed course over
// HTTP and from attributes alone, with an axe check each. Literal strings use an explicit
// time-zone; the visitor-zone test checks the displayed time against Temporal.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/register-button/define.js';
import type { RegisterButtonElement } from '../../../src/components/register-button/register-button.js';
import { loader } from '../../../src/data/loader.js';
import type { CourseErrorEvent } from '../../../src/events/course-error.js';
import { uniqueKey } from '../../data/fault.js';
import {
  $,
  $$,
  ALL_KINDS,
  part,
  quickLoader,
  SEED,
  seen,
  shown,
  spyWarn,
  Temporal,
  until,
  visible,
} from '../helpers.js';
import { accessibleCount } from '../../engine.js';
// Spanish preloaded: these tests are about states and ticks; loading is test/components/languages.
import '../../../src/locales/es.js';

const NY = 'America/New_York';
const TITLE = 'Resilient Together: Building School and Public Library Partnerships 2021';
const REG = 'https://courses.example.org/resilient-together-2021/register';
const OD = 'https://courses.example.org/resilient-together-2021/on-demand';
const COC = 'https://courses.example.org/code-of-conduct';
const NOTE = 'Certificate of Completion provided. 15 PD credits available.';
const OD_NOTE =
  'Can’t make a live session? All sessions will be available to you on demand following the initial broadcast, and all course content for six months after the course ends.';

async function seed(now: string, zone = NY, lang = 'en'): Promise<RegisterButtonElement> {
  const el = await fixture<RegisterButtonElement>(
    html`<register-button src=${SEED} now=${now} time-zone=${zone} lang=${lang}></register-button>`,
  );
  await shown(el);
  return el;
}

const link = (el: Element) => $(el, 'a[part="button"]') as HTMLAnchorElement | null;

describe('<register-button> states from the seed course', () => {
  beforeEach(() => loader.clear());

  it('before opens: "Registration opens" with the date in a <time>, no link; terms and group rates', async () => {
    const el = await seed('2021-07-15T12:00:00Z');
    expect(part(el, 'status')).to.equal('Registration opens Sun, Aug 1, 12:00 AM EDT');
    expect($(el, 'time')!.getAttribute('datetime')).to.equal('2021-08-01T04:00:00Z');
    expect(link(el)).to.equal(null);
    expect(part(el, 'terms')).to.equal('By registering you agree to the Code of Conduct');
    expect($(el, '[part="terms"] a')!.getAttribute('href')).to.equal(COC);
    expect(part(el, 'group-rates')).to.equal(
      'Discounted group rates available libraryjournal@edmaker.co',
    );
    expect($(el, '[part="group-rates"] a')!.getAttribute('href')).to.equal(
      'mailto:libraryjournal@edmaker.co',
    );
    await expect(el).to.be.accessible();
  });

  it('open: a link styled as a button, "Register", named for the course', async () => {
    const el = await seed('2021-09-01T12:00:00Z');
    expect(link(el)!.getAttribute('href')).to.equal(REG);
    expect(seen(el)).to.equal(
      `Register | ${NOTE} | By registering you agree to the Code of Conduct | Discounted group rates available libraryjournal@edmaker.co`,
    );
    expect(part(el, 'note')).to.equal(NOTE);
    expect(part(el, 'price')).to.equal('');
    expect(part(el, 'deadline')).to.equal('');
    expect(await accessibleCount('link', `Register for ${TITLE}`), 'links named so').to.be.above(0);
    expect($$(el, 'button, [disabled], [aria-disabled]')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('open within three days of closing: "Registration closes in 2 days" beside the button', async () => {
    const el = await seed('2021-10-25T19:00:00Z');
    expect(link(el)!.getAttribute('href')).to.equal(REG);
    expect(part(el, 'deadline')).to.equal('Registration closes in 2 days');
    expect($(el, '[part="deadline"] time')!.getAttribute('datetime')).to.equal(
      '2021-10-27T19:00:00Z',
    );
    await expect(el).to.be.accessible();
  });

  it('past closes: "Registration closed", no link', async () => {
    const el = await seed('2021-10-27T19:30:00Z');
    expect(seen(el)).to.equal('Registration closed');
    expect($$(el, '[href]')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('after the last session: "Watch on demand" until onDemand.until, then closed', async () => {
    const el = await seed('2021-11-01T12:00:00Z');
    expect(seen(el)).to.equal(`Watch on demand | ${OD_NOTE}`);
    expect(part(el, 'note')).to.equal(OD_NOTE);
    expect(link(el)!.getAttribute('href')).to.equal(OD);
    await expect(el).to.be.accessible();
    const later = await seed('2022-04-27T20:00:00Z');
    expect(seen(later)).to.equal('Registration closed');
  });

  it("in the visitor's own zone, the opening date agrees with Temporal", async () => {
    const el = await fixture<RegisterButtonElement>(
      html`<register-button src=${SEED} now="2021-07-15T12:00:00Z"></register-button>`,
    );
    await shown(el);
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const z = Temporal.Instant.from('2021-08-01T04:00:00Z').toZonedDateTimeISO(zone);
    const month = [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ][z.month - 1];
    const clock = `${z.hour % 12 || 12}:${String(z.minute).padStart(2, '0')} ${z.hour < 12 ? 'AM' : 'PM'}`;
    expect(part(el, 'status')).to.contain(`${month} ${z.day}, ${clock}`);
    expect($(el, 'time')!.getAttribute('datetime')).to.equal('2021-08-01T04:00:00Z');
  });

  it('all-kinds: waitlist status shows "Sold out" with a "Join waitlist" link, the price and the note; web group contact says "Contact us"', async () => {
    const el = await fixture<RegisterButtonElement>(
      html`<register-button src=${ALL_KINDS} now="2021-08-15T12:00:00Z" time-zone=${NY}></register-button>`,
    );
    await shown(el);
    expect(part(el, 'status')).to.equal('Sold out');
    expect(link(el)!.textContent).to.equal('Join waitlist');
    expect(link(el)!.dataset.kind).to.equal('waitlist');
    expect(link(el)!.getAttribute('href')).to.equal(
      'https://courses.example.org/all-kinds/waitlist',
    );
    expect(part(el, 'group-rates')).to.equal('Teams of five or more save 20%. Contact us');
    expect(seen(el)).to.equal(
      'Sold out | Join waitlist | $149 (members $99) | Includes access to every recording. | By registering you agree to the Code of Conduct | Teams of five or more save 20%. Contact us',
    );
    expect($(el, '[part="group-rates"] a')!.getAttribute('href')).to.equal(
      'https://courses.example.org/group-rates',
    );
    await expect(el).to.be.accessible();
  });

  it('Spanish', async () => {
    expect(part(await seed('2021-07-15T12:00:00Z', NY, 'es'), 'status')).to.match(
      /^La inscripción abre el .*1.*ago/,
    );
    const open = await seed('2021-10-25T19:00:00Z', NY, 'es');
    expect(visible(link(open))).to.equal('Inscribirse');
    expect(part(open, 'deadline')).to.equal('La inscripción cierra dentro de 2 días');
    expect(part(open, 'terms')).to.equal('Al inscribirte, aceptas el Código de Conducta');
    expect(await accessibleCount('link', `Inscribirse en ${TITLE}`), 'links named so').to.be.above(
      0,
    );
    expect(seen(await seed('2021-10-27T19:30:00Z', NY, 'es'))).to.equal('Inscripción cerrada');
    expect(seen(await seed('2021-11-01T12:00:00Z', NY, 'es'))).to.equal(
      `Ver a pedido | ${OD_NOTE}`,
    );
  });

  it('attributes override the JSON field by field', async () => {
    const el = await fixture<RegisterButtonElement>(
      html`<register-button src=${SEED} now="2021-09-01T12:00:00Z" status="full" waitlist-href="https://example.org/wait"></register-button>`,
    );
    await shown(el);
    expect(part(el, 'status')).to.equal('Sold out');
    expect(link(el)!.getAttribute('href')).to.equal('https://example.org/wait');
  });

  it('while loading and after a load error, the light-DOM fallback shows', async () => {
    const el = await fixture<RegisterButtonElement>(
      html`<register-button src="/__fault/status/rb-${Date.now()}?code=404"><a href="/register">Register on our site</a></register-button>`,
    );
    const slot = $(el, 'slot:not([name])') as HTMLSlotElement;
    expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal([
      'Register on our site',
    ]);
    expect($(el, '[part="base"]')).to.equal(null);
  });
});

describe('<register-button> after a failed refresh', () => {
  quickLoader();

  it('keeps the state and link it showed, with the stale note (not announced)', async () => {
    const el = await fixture<RegisterButtonElement>(
      html`<register-button src="/__fault/once/${uniqueKey()}?fixture=resilient-together-2021" now="2021-09-01T12:00:00Z" time-zone=${NY}></register-button>`,
    );
    await shown(el);
    expect(part(el, 'notice')).to.equal('');
    const failed = oneEvent(el, 'course-error');
    void el.reload();
    expect(((await failed) as unknown as CourseErrorEvent).stale).to.equal(true);
    await until(() => !!$(el, '[part~="notice"]'), 2000, 'the stale note');
    expect(part(el, 'notice')).to.equal('Showing saved data; the latest update failed.');
    expect(link(el)!.getAttribute('href')).to.equal(REG);
    expect(
      $(el, '[part~="notice"]')!.closest('[aria-live], [role="status"], [role="alert"]'),
    ).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<register-button> states from attributes', () => {
  const at = (now: string, attrs: Record<string, string>) => {
    const el = document.createElement('register-button') as RegisterButtonElement;
    for (const [k, v] of Object.entries({ now, 'time-zone': NY, ...attrs })) el.setAttribute(k, v);
    return fixture<RegisterButtonElement>(el);
  };
  const dates = {
    href: 'https://example.org/register',
    opens: '2021-08-01T04:00:00Z',
    closes: '2021-10-27T19:00:00Z',
    'course-title': 'Fall Workshop',
  };

  it('not yet open, open (named by course-title), closing soon, closed', async () => {
    const before = await at('2021-07-01T00:00:00Z', dates);
    expect(seen(before)).to.equal('Registration opens Sun, Aug 1, 12:00 AM EDT');
    await expect(before).to.be.accessible();

    const open = await at('2021-09-01T00:00:00Z', dates);
    expect(link(open)!.getAttribute('href')).to.equal('https://example.org/register');
    expect(seen(open)).to.equal('Register');
    expect(
      await accessibleCount('link', 'Register for Fall Workshop'),
      'links named so',
    ).to.be.above(0);
    await expect(open).to.be.accessible();

    const soon = await at('2021-10-27T14:00:00Z', dates);
    expect(part(soon, 'deadline')).to.equal('Registration closes in 5 hours');
    await expect(soon).to.be.accessible();

    const closed = await at('2021-10-27T19:00:00Z', dates);
    expect(seen(closed)).to.equal('Registration closed');
    await expect(closed).to.be.accessible();
  });

  it('without a title the link is just "Register"', async () => {
    const el = await at('2021-09-01T00:00:00Z', { href: 'https://example.org/register' });
    expect(link(el)!.textContent).to.equal('Register');
    expect(await accessibleCount('link', 'Register'), 'links named so').to.be.above(0);
  });

  it('full and waitlist: "Sold out" with "Join waitlist" when there is a waitlist link', async () => {
    for (const status of ['full', 'waitlist', ' FULL ']) {
      const el = await at('2021-09-01T00:00:00Z', {
        ...dates,
        status,
        'waitlist-href': 'https://example.org/wait',
      });
      expect(seen(el), status).to.equal('Sold out | Join waitlist');
      expect(link(el)!.getAttribute('href')).to.equal('https://example.org/wait');
      await expect(el).to.be.accessible();
    }
    const noList = await at('2021-09-01T00:00:00Z', { ...dates, status: 'full' });
    expect(seen(noList)).to.equal('Sold out');
    expect(link(noList)).to.equal(null);
  });

  it('closed and cancelled by status, unavailable without a link', async () => {
    expect(seen(await at('2021-09-01T00:00:00Z', { ...dates, status: 'closed' }))).to.equal(
      'Registration closed',
    );
    const cancelled = await at('2021-09-01T00:00:00Z', { ...dates, status: 'cancelled' });
    expect(seen(cancelled)).to.equal('Registration cancelled');
    expect($$(cancelled, '[href]')).to.deep.equal([]);
    await expect(cancelled).to.be.accessible();
    const none = await at('2021-09-01T00:00:00Z', { opens: dates.opens });
    expect(seen(none)).to.equal('Registration link unavailable');
    await expect(none).to.be.accessible();
  });

  it('a relative href resolves against the page', async () => {
    const el = await at('2021-09-01T00:00:00Z', { href: '/sign-up?course=7' });
    expect(link(el)!.getAttribute('href')).to.equal(
      new URL('/sign-up?course=7', document.baseURI).href,
    );
  });

  it("a wall time is read in the element's own time-zone; without one it is refused with one warning", async () => {
    const chicago = await at('2021-07-01T00:00:00Z', {
      href: dates.href,
      opens: '2021-08-01T09:00',
      'time-zone': 'America/Chicago',
    });
    expect($(chicago, 'time')!.getAttribute('datetime')).to.equal('2021-08-01T14:00:00Z');
    expect(part(chicago, 'status')).to.equal('Registration opens Sun, Aug 1, 9:00 AM CDT');

    const warn = spyWarn();
    try {
      const el = document.createElement('register-button') as RegisterButtonElement;
      el.setAttribute('now', '2021-07-01T00:00:00Z');
      el.setAttribute('href', dates.href);
      el.setAttribute('opens', '2021-08-01T09:00');
      el.setAttribute('status', 'maybe');
      await fixture(el);
      el.requestUpdate();
      await el.updateComplete;
      expect(seen(el)).to.equal('Register'); // the unusable opens and status are left out
      expect(warn.calls).to.have.length(2);
      expect(warn.calls[0]).to.contain('opens').and.contain('no Z or offset');
      expect(warn.calls[1]).to.contain('status').and.contain('"maybe"');
    } finally {
      warn.restore();
    }
  });

  it('target size at least 24x24 CSS px, also under html { font-size: 62.5% }', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const el = await at('2021-09-01T00:00:00Z', dates);
      const r = link(el)!.getBoundingClientRect();
      expect(r.width).to.be.at.least(24);
      expect(r.height).to.be.at.least(24);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });
});
