import { expect } from '@open-wc/testing';
import { checkUrl, safeUrl } from '../../../src/core/course/url.js';

const BASE = 'https://courses.example.org/x/course.json';

// Every spelling a feed might use to smuggle a script (or another non-web scheme) into an href.
const DANGEROUS: string[] = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  '\u00a0javascript:alert(1)',
  '\u2028javascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u001fjavascript:alert(1)',
  '\tjavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'javascript\t:alert(1)',
  'javascript\u0000:alert(1)',
  'javascript:alert(1)\n',
  'javascript://example.org/%0Aalert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,x',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'blob:https://courses.example.org/6f1d2a',
  'file:///etc/passwd',
  'FILE://server/share',
  'ftp://example.org/x',
  'ws://example.org/socket',
  'about:blank',
  'chrome://settings',
  'view-source:https://example.org/',
  'tel:+15555550100',
  'intent://scan/#Intent;scheme=zxing;end',
  'mailto:someone@example.org',
  '//javascript:alert(1)',
];

describe('safeUrl: dangerous spellings never become a link', () => {
  for (const value of DANGEROUS) {
    it(JSON.stringify(value), () => {
      expect(safeUrl(value, BASE)).to.equal(undefined);
      expect(safeUrl(value, undefined)).to.equal(undefined);
    });
  }

  it('refuses other schemes reached through a relative link on an odd base', () => {
    expect(safeUrl('//example.org/x', 'file:///home/user/course.json')).to.equal(undefined);
    expect(safeUrl('x.png', 'blob:https://example.org/6f1d')).to.equal(undefined);
    expect(safeUrl('x.png', 'data:text/plain,hi')).to.equal(undefined);
  });

  it('refuses values that are not text, and blank text (which would otherwise resolve to the JSON itself)', () => {
    for (const value of [
      undefined,
      null,
      5,
      true,
      {},
      [],
      ['https://example.org/'],
      { href: 'https://example.org/' },
      '',
      '   ',
    ]) {
      expect(safeUrl(value, BASE), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('leaves full-width look-alikes harmless: they are a relative path on the https base', () => {
    const href = safeUrl('\uff4aavascript:alert(1)', BASE)!;
    expect(href.startsWith('https://courses.example.org/x/')).to.equal(true);
  });
});

describe('safeUrl: web links', () => {
  const table: [string, string][] = [
    ['https://example.org/page', 'https://example.org/page'],
    ['HTTPS://Example.ORG/Path?q=1#top', 'https://example.org/Path?q=1#top'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/trimmed  ', 'https://example.org/trimmed'],
    ['register', 'https://courses.example.org/x/register'],
    ['../code-of-conduct', 'https://courses.example.org/code-of-conduct'],
    ['/root', 'https://courses.example.org/root'],
    ['//cdn.example.org/a.png', 'https://cdn.example.org/a.png'],
    ['?page=2', 'https://courses.example.org/x/course.json?page=2'],
    ['https://例え.jp/', 'https://xn--r8jz45g.jp/'],
    ['https://example.org/a?x=1&y=2', 'https://example.org/a?x=1&y=2'],
  ];
  for (const [value, href] of table) {
    it(`${JSON.stringify(value)} -> ${href}`, () => expect(safeUrl(value, BASE)).to.equal(href));
  }

  it('refuses relative links when there is no address to resolve them against', () => {
    expect(safeUrl('register', undefined)).to.equal(undefined);
    expect(safeUrl('//cdn.example.org/a.png', undefined)).to.equal(undefined);
    expect(safeUrl('https://example.org/', undefined)).to.equal('https://example.org/');
  });

  it('allows mailto: only when asked, and normalises it', () => {
    expect(safeUrl('mailto:libraryjournal@edmaker.co', BASE, { mailto: true })).to.equal(
      'mailto:libraryjournal@edmaker.co',
    );
    expect(safeUrl('MAILTO:team@example.org', BASE, { mailto: true })).to.equal(
      'mailto:team@example.org',
    );
    expect(safeUrl('https://example.org/contact', BASE, { mailto: true })).to.equal(
      'https://example.org/contact',
    );
    expect(safeUrl('mailto:team@example.org', BASE)).to.equal(undefined);
    expect(safeUrl('javascript:alert(1)', BASE, { mailto: true })).to.equal(undefined);
  });
});

describe('checkUrl explains', () => {
  const table: [unknown, string | undefined, boolean, string][] = [
    ['javascript:alert(1)', BASE, false, '"javascript:alert(1)" is not an http(s) link'],
    [' JaVaScRiPt:alert(1)', BASE, false, '"JaVaScRiPt:alert(1)" is not an http(s) link'],
    ['vbscript:x', BASE, true, 'is not an http(s) or mailto: link'],
    ['java\tscript:alert(1)', BASE, false, 'contains spaces or control characters'],
    [
      'https://example.org/a b',
      BASE,
      false,
      'contains spaces or control characters: encode them (a space is %20)',
    ],
    ['&#106;avascript:alert(1)', BASE, false, 'contains HTML character references'],
    ['https://example.org/?a=1&amp;b=2', BASE, false, 'contains HTML character references'],
    [
      'register',
      undefined,
      false,
      'is a relative link, and the course was not loaded from an address',
    ],
    [
      'libraryjournal@edmaker.co',
      BASE,
      true,
      'looks like an e-mail address: write mailto:libraryjournal@edmaker.co',
    ],
    ['libraryjournal@edmaker.co', BASE, false, 'looks like an e-mail address'],
    ['http://', BASE, false, '"http://" is not a valid link'],
    [42, BASE, false, 'must be an http(s) link, got a number (42)'],
    [{}, BASE, false, 'got an object'],
    ['  ', BASE, false, 'must not be blank'],
    [
      `https://example.org/${'a'.repeat(3000)}`,
      BASE,
      false,
      'is 3020 characters long; links are limited to 2048',
    ],
  ];
  for (const [value, base, mailto, fragment] of table) {
    it(`${JSON.stringify(value).slice(0, 50)}: ${fragment}`, () => {
      const r = checkUrl(value, base, { mailto });
      expect(r.ok).to.equal(false);
      if (!r.ok) expect(r.error).to.include(fragment);
    });
  }

  it('returns the href when it is fine', () => {
    expect(checkUrl('register', BASE)).to.deep.equal({
      ok: true,
      href: 'https://courses.example.org/x/register',
    });
  });
});
