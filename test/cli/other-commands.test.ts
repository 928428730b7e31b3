// `course-widgets from-ics | jsonld | embed`, run from the packed tarball: the same output as
// the modules the builder page uses (tested on their own in test/authoring/), on real files,
// hostile ones and a generated 5 MB .ics.
import { expect } from '@open-wc/testing';
import { courseFromIcs } from '../../src/authoring/from-ics.js';
import { parseCourse } from '../../src/core/course/parse.js';
import { cli } from './cli.js';

const SLOW = 60_000;
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const text = async (path: string) => (await fetch(`/${path}`)).text();

describe('course-widgets from-ics', function () {
  this.timeout(SLOW);

  it('prints the course the builder import makes, warnings and the zone on stderr', async () => {
    for (const name of [
      'google-calendar.ics',
      'outlook.ics',
      'libcal.ics',
      'chicago-weekly-dst.ics',
    ]) {
      const run = await cli(['from-ics', name], { copy: [`test/fixtures/ics/${name}`] });
      expect(run.code, name).to.equal(0);
      const expected = courseFromIcs(await text(`test/fixtures/ics/${name}`));
      expect(JSON.parse(run.stdout), name).to.deep.equal(expected.course);
      for (const warning of expected.warnings)
        expect(run.stderr, name).to.contain(`${name}: warning: ${warning}\n`);
      expect(run.stderr, name).to.contain(
        `${name}: the organiser's zone is ${expected.zone} (from the file; --zone to change it)\n`,
      );
    }
  });

  it('takes --zone (a Windows name too), --title, --id and -o', async () => {
    const run = await cli(
      [
        'from-ics',
        '--zone',
        'Central Standard Time',
        '--title',
        'Grants',
        '--id',
        'grants-2027',
        '-o',
        'course.json',
        'outlook.ics',
      ],
      { copy: ['test/fixtures/ics/outlook.ics'], read: ['course.json'] },
    );
    expect(run.code).to.equal(0);
    expect(run.stdout).to.equal('');
    const course = JSON.parse(run.files['course.json']!);
    expect(course).to.include({ title: 'Grants', id: 'grants-2027', timeZone: 'America/Chicago' });
    // 13:00 EST is 12:00 CST.
    expect(course.sessions[0].start).to.equal('2027-03-02T12:00');
    expect(parseCourse(course).issues).to.deep.equal([]);
  });

  it('imports a generated 5 MB .ics within seconds, capped at 5,000 sessions', async () => {
    const run = await cli(['from-ics', 'big.ics'], {
      bigIcs: { name: 'big.ics', bytes: 5 * 1_048_576 },
    });
    expect(run.code).to.equal(0);
    const course = JSON.parse(run.stdout);
    expect(course.sessions).to.have.length(5000);
    expect(run.stderr).to.match(
      /big\.ics: warning: The file has \d+ sessions; a course holds at most 5000/,
    );
    const { course: parsed, issues } = parseCourse(course);
    expect(issues).to.deep.equal([]);
    expect(parsed.sessions).to.have.length(5000);
    // About 3 s on an idle 2-core machine; the bound leaves room for a loaded one.
    expect(run.ms, 'milliseconds for 5 MB').to.be.below(20_000);
  });

  it('exits 1 on a file that is not iCalendar or is missing', async () => {
    const json = await cli(['from-ics', 'course.json'], {
      files: { 'course.json': '{"title": "x"}' },
    });
    expect(json.code).to.equal(1);
    expect(json.stderr).to.equal(
      'error: course.json: This is not an iCalendar (.ics) file: it has no BEGIN:VCALENDAR line\n',
    );
    const missing = await cli(['from-ics', 'nothing.ics']);
    expect(missing.code).to.equal(1);
    expect(missing.stderr).to.equal('error: cannot read nothing.ics: no such file\n');
  });
});

describe('course-widgets jsonld', function () {
  this.timeout(SLOW);

  it('prints one ld+json script with the course and its sessions', async () => {
    const run = await cli(['jsonld', '--page', 'https://library.example.org/c', 'all-kinds.json'], {
      copy: ['test/fixtures/all-kinds.json'],
    });
    expect(run.code).to.equal(0);
    const scripts = parseHtml(run.stdout).querySelectorAll('script');
    expect(scripts).to.have.length(1);
    expect(scripts[0]!.type).to.equal('application/ld+json');
    const data = JSON.parse(scripts[0]!.textContent!);
    expect(data).to.include({ '@type': 'Course', url: 'https://library.example.org/c' });
    expect(data.hasCourseInstance[0].startDate).to.equal('2021-09-14T10:00:00-05:00');
    const bare = await cli(
      ['jsonld', '--json', '--organizer', 'Springfield PL', 'all-kinds.json'],
      {
        copy: ['test/fixtures/all-kinds.json'],
      },
    );
    expect(JSON.parse(bare.stdout).provider).to.deep.equal({
      '@type': 'Organization',
      name: 'Springfield PL',
    });
  });

  it('hostile.json: still one script, markup escaped, exit 1 for the left-out session', async () => {
    const run = await cli(['jsonld', 'hostile.json'], { copy: ['test/fixtures/hostile.json'] });
    expect(run.code).to.equal(1);
    expect(run.stderr).to.contain('hostile.json: error: sessions[2].title: must be text');
    expect(run.stdout.match(/<\/script/gi)).to.have.length(1);
    const doc = parseHtml(run.stdout);
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(doc.querySelectorAll('img, svg, iframe')).to.have.length(0);
    JSON.parse(doc.querySelector('script')!.textContent!);
  });

  it('exits 1 when the course cannot be shown', async () => {
    const run = await cli(['jsonld', 'bad.json'], {
      files: { 'bad.json': JSON.stringify({ title: 'T', timeZone: 'PST', sessions: [] }) },
    });
    expect(run.code).to.equal(1);
    expect(run.stdout).to.equal('');
    expect(run.stderr).to.match(/^bad\.json: error: timeZone: "PST" is an abbreviation/);
  });
});

describe('course-widgets embed', function () {
  this.timeout(SLOW);

  it('src: the pinned CDN script and the element pointing at the file by name', async () => {
    const pkg = await (await fetch('/package.json')).json();
    const run = await cli(['embed', 'course.json'], {
      copy: ['test/fixtures/resilient-together-2021.json'],
      files: { 'course.json': await text('test/fixtures/resilient-together-2021.json') },
    });
    expect(run.code).to.equal(0);
    const doc = parseHtml(run.stdout);
    expect(doc.querySelector('script')!.getAttribute('src')).to.equal(
      `https://unpkg.com/course-widgets@${pkg.version}/dist/cdn/course-widgets.js`,
    );
    expect(doc.querySelector('course-schedule')!.getAttribute('src')).to.equal('course.json');
  });

  it('--inline on hostile.json: the element holds the file data intact, nothing injected', async () => {
    const source = await text('test/fixtures/hostile.json');
    const run = await cli(
      [
        'embed',
        '--inline',
        '--tag',
        'countdown-timer',
        '--script',
        '/js/course-widgets.iife.js',
        'hostile.json',
      ],
      { copy: ['test/fixtures/hostile.json'] },
    );
    // A session is left out of hostile.json: the snippet is printed and the status says so.
    expect(run.code).to.equal(1);
    const doc = parseHtml(run.stdout);
    const element = doc.querySelector('countdown-timer')!;
    const data = element.querySelector(':scope > script[type="application/json"]')!;
    expect(JSON.parse(data.textContent!)).to.deep.equal(JSON.parse(source));
    expect(doc.querySelectorAll('script')).to.have.length(2);
    expect(doc.querySelector('script')!.defer).to.equal(true);
    expect(doc.querySelectorAll('img, svg, iframe')).to.have.length(0);
  });

  it('refuses an unknown tag and an unsafe src with exit 2', async () => {
    const files = { 'c.json': JSON.stringify({ title: 'T', timeZone: 'UTC', sessions: [] }) };
    const tag = await cli(['embed', '--tag', 'marquee', 'c.json'], { files });
    expect(tag.code).to.equal(2);
    expect(tag.stderr).to.match(/^error: --tag must be one of course-schedule, session-card/);
    const src = await cli(['embed', '--src', 'javascript:alert(1)', 'c.json'], { files });
    expect(src.code).to.equal(2);
    expect(src.stderr).to.match(/^error: The course URL "javascript:alert\(1\)" cannot be used/);
  });
});
