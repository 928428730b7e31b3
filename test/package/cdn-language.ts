// What a Korean page with a CDN script fetches: the script, then exactly one request, for
// locales/ko.js next to it, shared by every element on the page.
import { expect } from '@open-wc/testing';
import { fetchedSince, rendered, seedCourse } from './page.js';

/** Renders three elements under `lang="ko"` with the loaded script's tags. */
export async function expectOneKoreanRequest(load: () => Promise<void>): Promise<void> {
  const course = await seedCourse();
  const started = performance.now();
  await load();
  const page = document.createElement('div');
  page.lang = 'ko';
  for (const tag of ['session-card', 'register-button', 'countdown-timer']) {
    const el = document.createElement(tag) as HTMLElement & { course?: unknown; now?: string };
    el.setAttribute('session-id', 'w1-s1');
    el.now = '2021-10-13T18:10:00Z';
    el.course = course;
    page.append(el);
  }
  document.body.append(page);
  try {
    const bases = await Promise.all([...page.children].map((el) => rendered(el)));
    expect(bases[0]!.textContent).to.contain('라이브 진행 중');
    expect(bases[1]!.textContent).to.contain('신청하기');
    expect(bases[2]!.textContent).to.match(/[가-힣]/);
    const fetched = fetchedSince(started);
    const script = fetched.filter((path) => path.startsWith('/dist/cdn/course-widgets'));
    expect(fetched.filter((path) => !script.includes(path))).to.deep.equal([
      '/dist/cdn/locales/ko.js',
    ]);
  } finally {
    page.remove();
  }
}
