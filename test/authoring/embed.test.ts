// embedSnippet: the HTML a coordinator pastes. Read back with the browser's own HTML parser,
// which is what matters: one script, one element, the course data intact, nothing injected.
import { expect } from '@open-wc/testing';
import { DEFAULT_SCRIPT_URL, embedSnippet } from '../../src/authoring/embed.js';
import { jsonLdScript } from '../../src/core/course/jsonld.js';
import { parseCourse } from '../../src/core/course/parse.js';
import { VERSION } from '../../src/internal/version.js';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const hostileFixture = async () => {
  const response = await fetch('/test/fixtures/hostile.json');
  return JSON.parse(await response.text()) as Record<string, unknown>;
};

describe('embedSnippet', () => {
  it('inline: the element holds the course as JSON that survives "</script>" and "<!--"', async () => {
    const hostile = await hostileFixture();
    hostile.summary = 'a </script><script>window.__xss = 1</script> <!-- <script> --> b';
    const doc = parse(embedSnippet(hostile, { mode: 'inline' }));
    const scripts = doc.querySelectorAll('script');
    expect(scripts).to.have.length(2);
    expect(scripts[0]!.getAttribute('src')).to.equal(DEFAULT_SCRIPT_URL);
    expect(scripts[0]!.type).to.equal('module');
    const element = doc.querySelector('course-schedule')!;
    const data = element.querySelector(':scope > script[type="application/json"]')!;
    expect(JSON.parse(data.textContent!)).to.deep.equal(hostile);
    expect(doc.querySelectorAll('img, iframe, svg, a[href^="javascript"]')).to.have.length(0);
    // The script lands in <head>, the element in <body>: nothing else.
    expect(doc.head.children.length + doc.body.children.length).to.equal(2);
  });

  it('src: the element with the file address (escaped) and a fallback link to the course', () => {
    const html = embedSnippet(
      { title: 'A & B <c>', url: 'https://example.org/c?a=1&b=2', timeZone: 'UTC', sessions: [] },
      {
        mode: 'src',
        src: 'https://example.org/course.json?x="1"',
        tag: 'session-card',
        sessionId: 's"1',
      },
    );
    const element = parse(html).querySelector('session-card')!;
    expect(element.getAttribute('src')).to.equal('https://example.org/course.json?x="1"');
    expect(element.getAttribute('session-id')).to.equal('s"1');
    const link = element.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/c?a=1&b=2');
    expect(link.textContent).to.equal('A & B <c>');
  });

  it('pins this version of the CDN script by default; a classic script for .iife.js', () => {
    expect(DEFAULT_SCRIPT_URL).to.equal(
      `https://unpkg.com/course-widgets@${VERSION}/dist/cdn/course-widgets.js`,
    );
    const classic = parse(
      embedSnippet({}, { mode: 'src', scriptUrl: '/assets/course-widgets.iife.js' }),
    ).querySelector('script')!;
    expect(classic.type).to.equal('');
    expect(classic.defer).to.equal(true);
  });

  it('refuses unsafe addresses and unknown tags', () => {
    expect(() => embedSnippet({}, { mode: 'src', src: 'javascript:alert(1)' })).to.throw(
      /course URL "javascript:alert\(1\)" cannot be used/,
    );
    expect(() => embedSnippet({}, { mode: 'src', scriptUrl: 'data:text/javascript,1' })).to.throw(
      /script URL/,
    );
    expect(() => embedSnippet({}, { mode: 'src', tag: 'script' as never })).to.throw(
      /not one of the elements/,
    );
  });

  it('the JSON-LD block is one script whose JSON survives hostile text', async () => {
    const hostile = await hostileFixture();
    const { course } = parseCourse(hostile, { baseUrl: 'https://courses.example.org/c.json' });
    const html = jsonLdScript(course);
    expect(html.match(/<\/script/gi)).to.have.length(1);
    const doc = parse(html);
    expect(doc.querySelectorAll('script')).to.have.length(1);
    const data = JSON.parse(doc.querySelector('script')!.textContent!);
    expect(data.name).to.equal(course.title);
  });
});
