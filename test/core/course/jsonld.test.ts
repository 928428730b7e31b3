// courseJsonLd: the fields Google lists for Event rich results (required: name, startDate,
// location; recommended: description, endDate, eventAttendanceMode, eventStatus, image,
// offers with availability, price, priceCurrency, url, validFrom, organizer with name and
// url, performer with name) and for Course (name, description, provider; Course info:
// offers.category and hasCourseInstance with courseMode and courseWorkload). Expected
// offsets by hand: Chicago is CDT (UTC-5) in September 2021, Berlin CEST (UTC+2).
import { expect } from '@open-wc/testing';
import { courseJsonLd, readPrice } from '../../../src/core/course/jsonld.js';
import { parseCourse } from '../../../src/core/course/parse.js';
import type { Course } from '../../../src/core/course/types.js';
import type { LooseJson } from '../../json.js';

const load = async (name: string): Promise<Course> => {
  const response = await fetch(`/test/fixtures/${name}`);
  return parseCourse(JSON.parse(await response.text()), {
    baseUrl: 'https://courses.example.org/fixtures/course.json',
  }).course;
};

describe('courseJsonLd', () => {
  let course: Course;
  let data: LooseJson;
  let events: LooseJson[];
  before(async () => {
    course = await load('all-kinds.json');
    data = courseJsonLd(course, { pageUrl: 'https://library.example.org/course' }) as LooseJson;
    events = data.hasCourseInstance;
  });

  it('is a schema.org Course with what Google requires and recommends', () => {
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('Course');
    expect(data.name).to.equal(course.title);
    expect(data.description).to.equal(course.summary);
    expect(data.provider).to.deep.equal({
      '@type': 'Organization',
      name: 'courses.example.org',
      url: 'https://courses.example.org',
    });
    expect(data.offers.category).to.equal('Paid');
    expect(data.url).to.equal('https://library.example.org/course');
  });

  it('has one Event/CourseInstance per session that is not a break', () => {
    const names = course.sessions.filter((s) => s.type !== 'break').map((s) => s.title);
    expect(events.map((event) => event.name)).to.deep.equal(names);
    expect(course.sessions.some((s) => s.type === 'break')).to.equal(true);
    for (const event of events) {
      expect(event['@type']).to.deep.equal(['Event', 'CourseInstance']);
      // Required for Event.
      expect(event.name, 'name').to.be.a('string').that.is.not.equal('');
      expect(event.startDate, 'startDate').to.match(
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/,
      );
      expect(event.location).to.deep.equal({
        '@type': 'VirtualLocation',
        url: 'https://library.example.org/course',
      });
      // Recommended for Event.
      expect(event.endDate, 'endDate').to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
      expect(event.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
      expect(event.eventStatus).to.match(
        /^https:\/\/schema\.org\/Event(Scheduled|Cancelled|Postponed)$/,
      );
      expect(event.image).to.equal('https://courses.example.org/all-kinds/cover.png');
      expect(event.description, 'description').to.be.a('string').that.is.not.equal('');
      expect(event.organizer.name).to.equal('courses.example.org');
      expect(event.organizer.url).to.equal('https://courses.example.org');
      expect(event.offers).to.include({
        '@type': 'Offer',
        url: 'https://courses.example.org/all-kinds/register',
        price: 149,
        priceCurrency: 'USD',
        validFrom: '2021-08-01T09:00:00-05:00',
      });
      expect(event.offers.availability).to.match(/^https:\/\/schema\.org\//);
      // Course info.
      expect(event.courseMode).to.equal('Online');
      expect(event.courseWorkload).to.match(/^PT(\d+H)?(\d+M)?$/);
    }
  });

  it("writes dates with the offset of the session's organiser zone", () => {
    const keynote = events.find((event) => event.name.startsWith('Opening Keynote'))!;
    expect(keynote.startDate).to.equal('2021-09-14T10:00:00-05:00');
    expect(keynote.endDate).to.equal('2021-09-14T11:00:00-05:00');
    expect(keynote.courseWorkload).to.equal('PT1H');
    const berlin = course.sessions.find((s) => s.timeZone === 'Europe/Berlin')!;
    const office = events.find((event) => event.name === berlin.title)!;
    expect(office.startDate).to.match(/\+02:00$/);
  });

  it('maps statuses and speakers', () => {
    const statuses = new Map(
      course.sessions.filter((s) => s.type !== 'break').map((s) => [s.title, s.status]),
    );
    for (const event of events) {
      const expected = {
        scheduled: 'https://schema.org/EventScheduled',
        cancelled: 'https://schema.org/EventCancelled',
        postponed: 'https://schema.org/EventPostponed',
      }[statuses.get(event.name)!];
      expect(event.eventStatus, event.name).to.equal(expected);
    }
    expect(new Set(statuses.values())).to.deep.equal(
      new Set(['scheduled', 'cancelled', 'postponed']),
    );
    const keynote = events.find((event) => event.name.startsWith('Opening Keynote'))!;
    expect(keynote.performer[0]).to.deep.equal({
      '@type': 'Person',
      name: 'Ada Example',
      jobTitle: 'Director',
      affiliation: { '@type': 'Organization', name: 'Example Public Library' },
      url: 'https://library.example.org/ada',
    });
  });

  it('takes a named organizer, and the course url when no page is given', () => {
    const own = courseJsonLd(course, {
      organizer: { name: 'Springfield Public Library', url: 'https://library.example.org' },
    }) as LooseJson;
    expect(own.provider).to.deep.equal({
      '@type': 'Organization',
      name: 'Springfield Public Library',
      url: 'https://library.example.org',
    });
    expect(own.url).to.equal('https://courses.example.org/all-kinds/');
    expect(own.hasCourseInstance[0].location.url).to.equal(
      'https://courses.example.org/all-kinds/',
    );
  });

  it('reads display prices', () => {
    expect(readPrice('$99')).to.deep.equal({ price: 99, currency: 'USD' });
    expect(readPrice('EUR 1,250.50')).to.deep.equal({ price: 1250.5, currency: 'EUR' });
    expect(readPrice('£30 per person')).to.deep.equal({ price: 30, currency: 'GBP' });
    expect(readPrice('CA$45')).to.deep.equal({ price: 45, currency: 'CAD' });
    expect(readPrice('Free for members')).to.deep.equal({ price: 0 });
    expect(readPrice('Ask us')).to.equal(undefined);
  });
});
