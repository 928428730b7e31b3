// The classic CDN script on a Korean page: one extra request, for the Korean module next to
// the script's own src.
import { SETUP_TIMEOUT_MS, built } from './package.js';
import { expectOneKoreanRequest } from './cdn-language.js';
import { classicScript } from './page.js';

describe('CDN classic script, lang="ko"', function () {
  before(async function () {
    this.timeout(SETUP_TIMEOUT_MS);
    await built();
  });

  it('loads locales/ko.js from next to its src, once for three elements', async function () {
    this.timeout(20_000);
    await expectOneKoreanRequest(() => classicScript('/dist/cdn/course-widgets.iife.js'));
  });
});
