// A CDN page with <course-schedule structured-data>: the classic script fetches the schema.org
// writer, structured-data.js next to its own src, only once a schedule asks for it, and writes
// the course's JSON-LD after the element. A schedule without the attribute fetches nothing more.
import { expect } from '@open-wc/testing';
import { SETUP_TIMEOUT_MS, built } from './package.js';
import { classicScript, fetchedSince, rendered, seedCourse, waitFor } from './page.js';

const WRITER = '/dist/cdn/structured-data.js';

/** A schedule of the seed course, with or without the attribute, in a wrapper on the page. */
async function schedule(course: unknown, structured: boolean) {
  const wrapper = document.createElement('div');
  const el = document.createElement('course-schedule') as HTMLElement & { course?: unknown };
  el.toggleAttribute('structured-data', structured);
  el.course = course;
  wrapper.append(el);
  document.body.append(wrapper);
  await rendered(el);
  return wrapper;
}

describe('CDN classic script, <course-schedule structured-data>', function () {
  before(async function () {
    this.timeout(SETUP_TIMEOUT_MS);
    await built();
  });

  it('fetches structured-data.js from next to its src only for the attribute, and writes the JSON-LD', async function () {
    this.timeout(20_000);
    await classicScript('/dist/cdn/course-widgets.iife.js');
    const course = await seedCourse();

    const without = await schedule(course, false);
    expect(fetchedSince()).not.to.include(WRITER);
    without.remove();

    const wrapper = await schedule(course, true);
    try {
      const script = await waitFor(
        () => wrapper.querySelector('script[type="application/ld+json"]'),
        'no JSON-LD script',
      );
      const data = JSON.parse(script.textContent!) as { '@type': string; name: string };
      expect(data['@type']).to.equal('Course');
      expect(data.name).to.match(/^Resilient Together/);
      expect(fetchedSince().filter((path) => path === WRITER)).to.have.length(1);
    } finally {
      wrapper.remove();
    }
  });
});
