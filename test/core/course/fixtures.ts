/**
 * Test helpers for course fixtures. Fixtures are fetched over HTTP from the dev server and read
 * with JSON.parse, exactly as the loader will: importing JSON as a module would turn a
 * `"__proto__"` member into a prototype instead of an own key, hiding the case under test.
 */
import { expect } from '@open-wc/testing';
import { CourseError } from '../../../src/core/course/errors.js';

/** The address fixtures pretend to be served from: relative URLs resolve against it. */
export const FIXTURE_URL = 'https://courses.example.org/fixtures/course.json';

export async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return JSON.parse(await response.text());
}

export const loadFixture = (name: string) => fetchJson(`/test/fixtures/${name}`);

/** ISO text of an instant without the `.000`: expected values are written as literals in tests. */
export const iso = (ms: number | undefined) =>
  ms === undefined ? undefined : new Date(ms).toISOString().replace('.000Z', 'Z');

/** The CourseError `fn` throws (fails the test when it throws anything else or nothing). */
export function thrown(fn: () => unknown): CourseError {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(CourseError);
    return e as CourseError;
  }
  expect.fail('expected a CourseError');
  throw new Error('unreachable');
}
