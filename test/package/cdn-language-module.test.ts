// The CDN ES module on a Korean page: one extra request, for its Korean module.
import { SETUP_TIMEOUT_MS, built } from './package.js';
import { expectOneKoreanRequest } from './cdn-language.js';
import { importUrl } from './page.js';

describe('CDN ES module, lang="ko"', function () {
  before(async function () {
    this.timeout(SETUP_TIMEOUT_MS);
    await built();
  });

  it('loads locales/ko.js from next to itself, once for three elements', async function () {
    this.timeout(20_000);
    await expectOneKoreanRequest(async () => void (await importUrl('/dist/cdn/course-widgets.js')));
  });
});
