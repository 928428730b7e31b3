// `course-widgets check`, run as a user runs it: the binary installed from the packed
// tarball (test/cli/install.mjs), on the fixtures docs/course-format.md lists, the examples
// it documents, the schema-agreement corpus, the hardening course and URLs with and without
// CORS. The library's own parseCourse is the oracle for the corpus: the command promises
// the parser's verdict, with errors for what cannot be shown and warnings for the rest.
import { expect } from '@open-wc/testing';
import { parseCourse } from '../../src/core/course/parse.js';
import { isCourseError } from '../../src/core/course/errors.js';
import { CORPUS } from '../core/course/corpus.js';
import { course as hardeningCourse } from '../hardening/courses.js';
import { binary, cli, problemLines, summaryLine, testServer } from './cli.js';

/** Each run spawns Node on a scratch folder; a slow machine needs the room. */
const SLOW = 60_000;

const fixture = (name: string) => `test/fixtures/${name}`;

interface CheckJson {
  input: string;
  ok: boolean;
  errors: number;
  warnings: number;
  sessions?: number;
  problems: { path: string; severity: 'error' | 'warning'; message: string }[];
}

describe('course-widgets: the installed binary', function () {
  this.timeout(SLOW);

  it('is one executable Node file that imports nothing but Node built-ins', async () => {
    const info = await binary();
    expect(info.path).to.match(/node_modules\/\.bin\/course-widgets$/);
    expect(info.firstLine).to.equal('#!/usr/bin/env node');
    expect(info.executable).to.equal(true);
    expect(info.imports.filter((name) => !name.startsWith('node:'))).to.deep.equal([]);
    expect(info.bytes).to.be.below(600_000);
  });

  it('prints its version, its commands, and each command help in the style of git', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect((await cli(['--version'])).stdout).to.equal(`${pkg.version}\n`);
    const help = await cli(['--help']);
    expect(help.code).to.equal(0);
    expect(help.stdout).to.match(
      /^usage: course-widgets \[-v \| --version\] \[-h \| --help\] <command>/,
    );
    for (const name of ['check', 'from-ics', 'jsonld', 'embed'])
      expect(help.stdout).to.match(new RegExp(`^  ${name} +\\w`, 'm'));
    for (const name of ['check', 'from-ics', 'jsonld', 'embed']) {
      const own = await cli([name, '--help']);
      expect(own.code, name).to.equal(0);
      expect(own.stdout, name).to.match(
        new RegExp(`^usage: course-widgets ${name} \\[<options>\\]`),
      );
      expect(own.stdout, name).to.contain('\nOptions:\n');
      expect((await cli(['help', name])).stdout).to.equal(own.stdout);
    }
  });

  it('exits 2 with a message on a usage error', async () => {
    const unknown = await cli(['publish']);
    expect(unknown.code).to.equal(2);
    expect(unknown.stderr).to.equal(
      "course-widgets: 'publish' is not a command. See 'course-widgets --help'.\n",
    );
    const option = await cli(['check', '--colour', 'x.json']);
    expect(option.code).to.equal(2);
    expect(option.stderr).to.match(/^error: Unknown option '--colour'/);
    expect(option.stderr).to.contain('usage: course-widgets check');
    expect((await cli(['check'])).stderr).to.match(/^error: no input given/);
    expect((await cli([])).code).to.equal(2);
  });
});

describe('course-widgets check: the fixtures of docs/course-format.md', function () {
  this.timeout(SLOW);

  it('passes the sample course and the clean fixtures with exit 0 and no problem', async () => {
    const names = [
      'resilient-together-2021.json',
      'all-kinds.json',
      'dst-straddle-2021.json',
      'midnight-crossing-2021.json',
    ];
    const run = await cli(['check', ...names], { copy: names.map(fixture) });
    expect(run.code).to.equal(0);
    for (const name of names) {
      expect(problemLines(run, name), name).to.deep.equal([]);
      const sessions = parseCourse(await (await fetch(`/${fixture(name)}`)).json(), {
        baseUrl: 'https://x.example/c.json',
      }).course.sessions.length;
      expect(summaryLine(run, name), name).to.equal(`ok, ${sessions} sessions shown`);
    }
    expect(run.stdout).to.contain('resilient-together-2021.json: ok, 11 sessions shown\n');
  });

  it('dst-edges-2021.json: exit 0, each gap and overlap said in clock times', async () => {
    const run = await cli(['check', 'dst-edges-2021.json'], {
      copy: [fixture('dst-edges-2021.json')],
    });
    expect(run.code).to.equal(0);
    expect(problemLines(run, 'dst-edges-2021.json')).to.deep.equal([
      'warning: sessions[0].start: 2:30 AM on March 14, 2021 does not exist in New York: clocks jump from 2:00 to 3:00. It will be shown as 3:30 AM.',
      'warning: sessions[1].start: 1:30 AM on November 7, 2021 happens twice in New York: clocks go back from 2:00 to 1:00. The first one (UTC-04:00) is used; for the second, write "2021-11-07T01:30-05:00".',
      'warning: sessions[2].start: 1:30 AM on October 31, 2021 happens twice in London: clocks go back from 2:00 to 1:00. The first one (UTC+01:00) is used; for the second, write "2021-10-31T01:30+00:00".',
    ]);
    expect(summaryLine(run, 'dst-edges-2021.json')).to.equal(
      '0 errors, 3 warnings; 4 sessions shown',
    );
  });

  it('partial-2021.json: exit 1, one error per skipped session as documented', async () => {
    const run = await cli(['check', 'partial-2021.json'], { copy: [fixture('partial-2021.json')] });
    expect(run.code).to.equal(1);
    const lines = problemLines(run, 'partial-2021.json');
    // The documented example message (docs/course-format.md, "When something is wrong").
    expect(lines).to.include(
      'error: sessions[3].end: "2021-10-13T14:00" is not after start "2021-10-13T15:00"',
    );
    expect(lines.filter((line) => line.startsWith('error: '))).to.have.length(8);
    expect(
      lines.some((line) =>
        /^error: sessions\[8\]\.timeZone: "EST" is an abbreviation or legacy zone/.test(line),
      ),
    ).to.equal(true);
    expect(summaryLine(run, 'partial-2021.json')).to.equal(
      '8 errors, 2 warnings; 2 sessions shown',
    );
  });

  it('hostile.json: exit 1 (a session is left out), every refused link named', async () => {
    const run = await cli(['check', 'hostile.json'], { copy: [fixture('hostile.json')] });
    expect(run.code).to.equal(1);
    const lines = problemLines(run, 'hostile.json');
    expect(lines).to.include(
      'warning: registration.url: "JaVaScRiPt:window.__xss=8" is not an http(s) link',
    );
    expect(lines).to.include('error: sessions[2].title: must be text, got an object');
    expect(lines).to.include(
      'warning: sessions[1].title: is 10000 characters long; shortened to 200',
    );
    // Every problem is on one line: no payload breaks the output apart.
    const body = run.stdout.trimEnd().split('\n');
    expect(body.every((line) => line.startsWith('hostile.json: '))).to.equal(true);
  });

  it('the short complete example: ok with --base, its relative link reported without', async () => {
    const markdown = await (await fetch('/docs/course-format.md')).text();
    const example = /```json\n([\s\S]*?)\n```/.exec(markdown)![1]!;
    const files = { 'example.json': example };
    const based = await cli(
      [
        'check',
        '--base',
        'https://courses.example.org/partnerships-2021/course.json',
        'example.json',
      ],
      { files },
    );
    expect(based.code).to.equal(0);
    expect(based.stdout).to.equal('example.json: ok, 2 sessions shown\n');
    const unbased = await cli(['check', 'example.json'], { files });
    expect(unbased.code).to.equal(0);
    expect(problemLines(unbased, 'example.json')).to.deep.equal([
      'warning: registration.url: "register" is a relative link, and the course was not loaded from an address to resolve it against: write a full https:// link',
    ]);
    const strict = await cli(['check', '--strict', 'example.json'], { files });
    expect(strict.code).to.equal(1);
  });

  it('every refused date-time of the docs table: exit 1, naming the field and the value', async () => {
    const markdown = await (await fetch('/docs/course-format.md')).text();
    const table = markdown.slice(markdown.indexOf('| Written'), markdown.indexOf('**DST.**'));
    const rows = [...table.matchAll(/^\| `([^`]+)` +\|[^|]+\| ([^|]+)\|$/gm)].map((m) => [
      m[1]!,
      /`([^`]+)`/.exec(m[2]!)?.[1],
    ]);
    expect(rows).to.have.length(8);
    const files: Record<string, string> = {};
    rows.forEach(([written, instead], index) => {
      const start: unknown = /^\d+$/.test(written!) ? Number(written) : written;
      const doc = (value: unknown) =>
        JSON.stringify({
          title: 'T',
          timeZone: 'America/New_York',
          sessions: [{ id: 's', title: 'S', start: value, end: '2021-10-20T10:00' }],
        });
      files[`refused-${index}.json`] = doc(start);
      if (instead && /^\d{4}-\d\d-\d\dT/.test(instead))
        files[`instead-${index}.json`] = doc(instead);
    });
    const names = Object.keys(files);
    const run = await cli(['check', '--json', ...names], { files });
    expect(run.code).to.equal(1);
    const results = JSON.parse(run.stdout) as CheckJson[];
    rows.forEach(([written], index) => {
      const refused = results.find((result) => result.input === `refused-${index}.json`)!;
      expect(refused.ok, written).to.equal(false);
      expect(refused.problems[0]).to.include({ path: 'sessions[0].start', severity: 'error' });
      const named = /^\d+$/.test(written!) ? `a number (${written})` : JSON.stringify(written);
      expect(refused.problems[0]!.message, written).to.contain(named);
      const instead = results.find((result) => result.input === `instead-${index}.json`);
      if (instead) expect(instead.errors, `instead of ${written}`).to.equal(0);
    });
    expect(results.filter((result) => result.input.startsWith('instead-')).length).to.be.at.least(
      3,
    );
  });

  it('the documented course-level and link messages', async () => {
    const run = await cli(['check', 'est.json', 'js.json'], {
      files: {
        'est.json': JSON.stringify({ title: 'T', timeZone: 'EST', sessions: [] }),
        'js.json': JSON.stringify({
          title: 'T',
          timeZone: 'UTC',
          registration: { url: 'javascript:alert(1)' },
          sessions: [],
        }),
      },
    });
    expect(run.code).to.equal(1);
    expect(problemLines(run, 'est.json')[0]).to.match(
      /^error: timeZone: "EST" is an abbreviation or legacy zone, /,
    );
    expect(summaryLine(run, 'est.json')).to.equal(
      '1 error, 0 warnings; the course cannot be shown',
    );
    expect(problemLines(run, 'js.json')).to.include(
      'warning: registration.url: "javascript:alert(1)" is not an http(s) link',
    );
  });

  it('reads standard input, and reports unreadable and invalid files with exit 1', async () => {
    const stdin = await cli(['check', '-'], {
      stdin: JSON.stringify({ title: 'T', timeZone: 'UTC', sessions: [] }),
    });
    expect(stdin.code).to.equal(0);
    expect(stdin.stdout).to.equal(
      '-: warning: sessions: has no sessions: the elements show an empty schedule\n-: 0 errors, 1 warning; 0 sessions shown\n',
    );
    const bad = await cli(['check', 'missing.json', 'broken.json'], {
      files: { 'broken.json': '{"title": "T",' },
    });
    expect(bad.code).to.equal(1);
    expect(bad.stdout).to.contain('missing.json: error: cannot read missing.json: no such file\n');
    expect(bad.stdout).to.match(/broken\.json: error: is not valid JSON: /);
  });
});

describe('course-widgets check: the corpus and the hardening course agree with parseCourse', function () {
  this.timeout(SLOW);

  it('gives, for every corpus document, the errors and warnings parseCourse implies', async () => {
    const files: Record<string, string> = {};
    CORPUS.forEach((entry, index) => (files[`corpus-${index}.json`] = JSON.stringify(entry.doc)));
    const run = await cli(['check', '--json', ...Object.keys(files)], { files });
    const results = JSON.parse(run.stdout) as CheckJson[];
    expect(results).to.have.length(CORPUS.length);
    CORPUS.forEach((entry, index) => {
      const result = results[index]!;
      let errors: number;
      let warnings: number;
      try {
        const { course, issues } = parseCourse(JSON.parse(JSON.stringify(entry.doc)));
        errors = issues.filter((issue) => issue.skipped).length;
        warnings = issues.length - errors + (course.sessions.length === 0 && !errors ? 1 : 0);
      } catch (error) {
        if (!isCourseError(error)) throw error;
        [errors, warnings] = [1, 0];
      }
      expect([result.errors, result.warnings], entry.name).to.deep.equal([errors, warnings]);
      if (entry.expect === 'valid')
        expect(
          result.problems.every((p) => p.severity === 'warning'),
          entry.name,
        ).to.equal(true);
      else expect(result.problems.length, entry.name).to.be.above(0);
    });
    expect(run.code).to.equal(results.every((result) => result.ok) ? 0 : 1);
  });

  it('the hardening course with markup in every text and script links in every link', async () => {
    const payload = (n: number) => `</script><img src=x onerror="window.__x=${n}"> <!-- ${n}`;
    const doc = hardeningCourse(payload, (field) =>
      field.endsWith('contact') ? 'mailto:x@example.org' : `javascript:alert('${field}')`,
    );
    const run = await cli(['check', '--json', 'course.json'], {
      files: { 'course.json': JSON.stringify(doc) },
    });
    const [result] = JSON.parse(run.stdout) as CheckJson[];
    // Every link refused and named; no session lost to text (markup is text).
    const refused = result!.problems.filter((p) => p.message.includes('is not an http(s) link'));
    expect(refused.length).to.be.at.least(8);
    expect(result!.errors).to.equal(0);
    expect(run.code).to.equal(0);
    const { course } = parseCourse(doc);
    expect(result!.sessions).to.equal(course.sessions.length);
  });
});

describe('course-widgets check <url>', function () {
  this.timeout(SLOW);
  let server: string;
  before(async () => {
    server = await testServer();
  });

  it('passes a course served as JSON with CORS for the page origin', async () => {
    const url = `${server}/course.json`;
    const run = await cli(['check', '--origin', 'https://library.example.org', url]);
    expect(run.code).to.equal(0);
    expect(run.stdout).to.equal(`${url}: ok, 11 sessions shown\n`);
    const any = await cli([
      'check',
      '--origin',
      'https://library.example.org',
      `${server}/open.json`,
    ]);
    expect(any.code).to.equal(0);
  });

  it('fails when CORS does not let the page origin read it', async () => {
    const other = await cli([
      'check',
      '--origin',
      'https://other.example.org',
      `${server}/course.json`,
    ]);
    expect(other.code).to.equal(1);
    expect(other.stdout).to.contain(
      'error: CORS: pages on https://other.example.org cannot read it (Access-Control-Allow-Origin is "https://library.example.org")',
    );
    const none = await cli([
      'check',
      '--origin',
      'https://library.example.org',
      `${server}/private.json`,
    ]);
    expect(none.code).to.equal(1);
    expect(none.stdout).to.contain('no Access-Control-Allow-Origin header');
    // Without --origin, CORS is not checked.
    expect((await cli(['check', `${server}/private.json`])).code).to.equal(0);
  });

  it('warns about a wrong content type; fails on HTML, 404, over 2 MB and bad courses', async () => {
    const plain = await cli(['check', `${server}/plain.json`]);
    expect(plain.code).to.equal(0);
    expect(plain.stdout).to.contain('warning: is served as "text/plain", not application/json');
    const page = await cli(['check', `${server}/login`]);
    expect(page.code).to.equal(1);
    expect(page.stdout).to.contain('error: the response is an HTML page, not JSON');
    const missing = await cli(['check', `${server}/gone.json`]);
    expect(missing.code).to.equal(1);
    expect(missing.stdout).to.contain('error: the server answered HTTP 404 Not Found');
    const huge = await cli(['check', `${server}/huge.json`]);
    expect(huge.code).to.equal(1);
    expect(huge.stdout).to.contain('the elements refuse documents over 2 MB');
    expect((await cli(['check', `${server}/partial.json`])).code).to.equal(1);
  });

  it('resolves relative links against the URL, and refuses a bad --origin', async () => {
    const run = await cli(['check', '--json', `${server}/relative.json`]);
    const [result] = JSON.parse(run.stdout) as CheckJson[];
    expect(result!.problems).to.deep.equal([]);
    const bad = await cli(['check', '--origin', 'library.example.org', `${server}/course.json`]);
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.match(/^error: --origin must be a page origin/);
  });
});
