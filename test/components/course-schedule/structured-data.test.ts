// <course-schedule structured-data>: once the course loads, one <script type="application/ld+json">
// right after the element in the page's light DOM, as a search engine reads it: a Course whose
// sessions are Events with startDate/endDate in the organiser's offset (whatever the visitor's
// zone). Replaced, never duplicated, when the course loads again; gone with the element or the
// attribute. The writer is a module of its own, fetched only by a page that sets the attribute.
// Expected date-times come from Temporal, an independent zone implementation.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/course-schedule/define.js';
import { loader } from '../../../src/data/loader.js';
import { SEED, Temporal, shown, until } from '../helpers.js';
import type { LooseJson } from '../../json.js';

const DST = '/test/fixtures/dst-straddle-2021.json';

/** The page around the element: a wrapper, so the test sees every script the element writes. */
async function page(attributes: { src: string; structured?: boolean }) {
  const wrapper = await fixture<HTMLDivElement>(
    attributes.structured === false
      ? html`<div><course-schedule src=${attributes.src}></course-schedule></div>`
      : html`<div><course-schedule structured-data src=${attributes.src}></course-schedule></div>`,
  );
  const el = wrapper.querySelector('course-schedule')!;
  await shown(el);
  if (attributes.structured !== false)
    await until(() => scripts(wrapper).length > 0, 3000, 'the structured data');
  return { wrapper, el };
}

const scripts = (root: ParentNode) => [
  ...root.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]'),
];
const dataOf = (script: HTMLScriptElement): LooseJson =>
  JSON.parse(script.textContent!) as LooseJson;

/** A one-session course in Chicago named `title`. */
const courseTitled = (title: string) => ({
  title,
  timeZone: 'America/Chicago',
  sessions: [{ id: 'one', title: 'One', start: '2027-03-04T18:00', end: '2027-03-04T19:00' }],
});

/** A frame of its own (so the writer module is not loaded yet) with one schedule in it. */
async function freshFrame(attributes: string) {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html>
    <script type="module" src="/src/components/course-schedule/define.ts"></script>
    <course-schedule ${attributes}></course-schedule>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const el = doc.querySelector('course-schedule')!;
  const fetched = () =>
    frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('/internal/structured-data.ts'));
  return { frame, doc, el, fetched };
}

/** A wall time in a zone as RFC 3339 with that zone's offset, by Temporal. */
const withOffset = (wall: string, zone: string) =>
  Temporal.PlainDateTime.from(wall)
    .toZonedDateTime(zone)
    .toString({ timeZoneName: 'never', smallestUnit: 'second' });

describe('<course-schedule structured-data>', () => {
  beforeEach(() => loader.clear());

  it('writes one JSON-LD script after itself: a Course, its sessions Events in the organiser offset', async () => {
    const { wrapper, el } = await page({ src: SEED });
    const [script, ...more] = scripts(wrapper);
    expect(more).to.have.length(0);
    expect(el.nextElementSibling).to.equal(script);
    const data = dataOf(script!);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('Course');
    expect(data.name).to.match(/^Resilient Together/);
    const first = data.hasCourseInstance[0] as LooseJson;
    expect(first['@type']).to.deep.equal(['Event', 'CourseInstance']);
    expect(first.startDate).to.equal(withOffset('2021-10-13T14:00', 'America/New_York'));
    expect(first.startDate).to.equal('2021-10-13T14:00:00-04:00');
    expect(first.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(first.location['@type']).to.equal('VirtualLocation');
  });

  it('replaces its script when the course loads again or changes: always exactly one', async () => {
    const { wrapper, el } = await page({ src: SEED });
    const before = scripts(wrapper)[0]!;
    await el.reload();
    await el.updateComplete;
    await until(() => scripts(wrapper).some((script) => script !== before), 3000, 'a new script');
    const afterReload = scripts(wrapper);
    expect(afterReload).to.have.length(1);
    expect(afterReload[0]).not.to.equal(before);
    expect(dataOf(afterReload[0]!).name).to.equal(dataOf(before).name);

    // Another course (London, across the end of British Summer Time): its own dates, one script.
    el.src = DST;
    await until(
      () => scripts(wrapper).some((script) => dataOf(script).name !== dataOf(before).name),
      3000,
      'the new course',
    );
    const all = scripts(wrapper);
    expect(all).to.have.length(1);
    const starts = (dataOf(all[0]!).hasCourseInstance as LooseJson[]).map(
      (event) => event.startDate,
    );
    expect(starts).to.deep.equal(
      ['2021-10-20', '2021-10-27', '2021-11-03', '2021-11-10'].map((day) =>
        withOffset(`${day}T17:00`, 'Europe/London'),
      ),
    );
    expect(starts[0]).to.match(/\+01:00$/);
    expect(starts[2]).to.match(/\+00:00$/);
  });

  it('removes it when the element leaves the page or the attribute goes, and writes it on return', async () => {
    const { wrapper, el } = await page({ src: SEED });
    el.remove();
    expect(scripts(wrapper)).to.have.length(0);
    wrapper.append(el);
    await until(() => scripts(wrapper).length > 0, 3000, 'the script back');
    await el.updateComplete;
    expect(scripts(wrapper)).to.have.length(1);
    expect(el.nextElementSibling).to.equal(scripts(wrapper)[0]);

    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(scripts(wrapper)).to.have.length(0);
  });

  it('writes nothing without the attribute', async () => {
    const { wrapper } = await page({ src: SEED, structured: false });
    expect(scripts(wrapper)).to.have.length(0);
  });

  it('fetches the writer only with the attribute, once, and writes the newest course only', async () => {
    const plain = await freshFrame(`src="${SEED}"`);
    try {
      await shown(plain.el);
      expect(plain.fetched()).to.deep.equal([]);
    } finally {
      plain.frame.remove();
    }

    const { frame, doc, el, fetched } = await freshFrame('structured-data');
    try {
      el.course = courseTitled('First');
      await el.updateComplete;
      // The writer is still on its way when the course changes: only the new one is written.
      expect(scripts(doc)).to.have.length(0);
      el.course = courseTitled('Second');
      await until(() => scripts(doc).length > 0, 3000, 'the structured data');
      expect(scripts(doc).map((script) => dataOf(script).name)).to.deep.equal(['Second']);
      expect(fetched()).to.have.length(1);
    } finally {
      frame.remove();
    }
  });

  it('cannot be broken out of by the course text: "<" is escaped, the data reads back the same', async () => {
    const title = '</script><img src=x id=injected>';
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><course-schedule structured-data></course-schedule></div>`,
    );
    const el = wrapper.querySelector('course-schedule')!;
    el.course = courseTitled(title);
    await shown(el);
    await until(() => scripts(wrapper).length > 0, 3000, 'the structured data');
    const [script] = scripts(wrapper);
    expect(script!.textContent).not.to.contain('<');
    expect(dataOf(script!).name).to.equal(title);
    // Parsed again as HTML (a page saved or rendered on a server), the script still holds it all.
    const reparsed = new DOMParser().parseFromString(wrapper.innerHTML, 'text/html');
    expect(reparsed.getElementById('injected')).to.equal(null);
    expect(dataOf(scripts(reparsed)[0]!).name).to.equal(title);
  });

  describe('on a page that requires Trusted Types', () => {
    /** A frame with the policy, loading the element's module itself. */
    async function strictFrame(trustedTypes: string) {
      const frame = document.createElement('iframe');
      const policy = `require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;
      frame.srcdoc = `<!doctype html>
        <meta http-equiv="Content-Security-Policy" content="${policy}">
        <script type="module" src="/src/components/course-schedule/define.ts"></script>
        <course-schedule structured-data src="${SEED}"></course-schedule>`;
      const violations: string[] = [];
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      doc.addEventListener('securitypolicyviolation', (event) =>
        violations.push(`${event.violatedDirective} ${event.sample}`),
      );
      const el = doc.querySelector('course-schedule')!;
      await until(() => !!el.shadowRoot?.querySelector('[part~="base"]'), 5000, 'the schedule');
      return { frame, doc, violations };
    }

    it('writes it with no violation when the page allows the course-widgets policy', async () => {
      const { frame, doc, violations } = await strictFrame('lit-html course-widgets');
      try {
        await until(() => scripts(doc).length > 0, 3000, 'the script');
        expect(dataOf(scripts(doc)[0]!)['@type']).to.equal('Course');
        expect(scripts(doc)).to.have.length(1);
        expect(violations).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });

    it('writes nothing (and only the policy is refused) when the page does not allow it', async () => {
      const { frame, doc, violations } = await strictFrame('lit-html');
      try {
        await until(() => violations.length > 0, 3000, 'the refused policy');
        expect(scripts(doc)).to.have.length(0);
        expect(violations.every((line) => line.startsWith('trusted-types'))).to.equal(true);
      } finally {
        frame.remove();
      }
    });
  });
});
