// Helpers for the tests that load the built scripts into their page.
import { expect } from '@open-wc/testing';
import type { LooseJson } from '../json.js';

/** Collects console.warn calls until `restore()`. */
export function spyWarn() {
  const calls: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args.map(String).join(' '));
  return { calls, restore: () => (console.warn = original) };
}

/** Collects uncaught errors (a classic script that throws reports here, not to its loader). */
export function spyErrors() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.error ?? e.message));
  window.addEventListener('error', onError);
  return { errors, restore: () => window.removeEventListener('error', onError) };
}

/** Adds `<script src>` (a classic script) and waits until it has run. */
export function classicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

/** Imports a module by URL (a variable, so tsc does not try to resolve a served path). */
export const importUrl = <T = LooseJson>(url: string): Promise<T> => import(url);

/**
 * Imports a separate copy of a built ES module, with its version string replaced: a second
 * copy of the library, as when an npm bundle and the CDN script meet on a page.
 */
export async function importCopy<T = LooseJson>(
  url: string,
  version: string,
  asVersion: string,
): Promise<T> {
  const text = await (await fetch(url)).text();
  const patched = text
    .replaceAll(`"${version}"`, `"${asVersion}"`)
    .replaceAll(`'${version}'`, `'${asVersion}'`);
  if (patched === text) throw new Error(`version ${version} not found in ${url}`);
  const blob = URL.createObjectURL(new Blob([patched], { type: 'text/javascript' }));
  try {
    return await import(blob);
  } finally {
    URL.revokeObjectURL(blob);
  }
}

/** The seed course as JSON, for the `course` property. */
export const seedCourse = async () =>
  (await fetch('/test/fixtures/resilient-together-2021.json')).json();

/** Each tag in turn, given the seed course at a moment of Week 1, renders visible text (then leaves the page). */
export async function expectEachRenders(tags: string[]): Promise<void> {
  const course = await seedCourse();
  for (const tag of tags) {
    const el = document.createElement(tag) as HTMLElement & { course?: unknown; now?: string };
    el.now = '2021-10-13T17:00:00Z';
    el.course = course;
    document.body.append(el);
    const base = await rendered(el);
    expect(base.textContent?.trim().length ?? 0, `<${tag}> shows something`).to.be.greaterThan(0);
    el.remove();
  }
}

/** What `find` returns once it returns something, failing with `what` after `ms`. */
export async function waitFor<T>(find: () => T | null | undefined, what: string, ms = 5000) {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > ms) throw new Error(`${what} within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until `el` renders its content (its `base` part), failing after `ms`. */
export const rendered = (el: Element, ms = 5000): Promise<HTMLElement> =>
  waitFor(
    () => el.shadowRoot?.querySelector<HTMLElement>('[part~="base"]'),
    `<${el.localName}> rendered no [part~="base"]`,
    ms,
  );

/** Paths this page fetched since `since` (a `performance.now()` time), source maps aside. */
export const fetchedSince = (since = 0): string[] =>
  performance
    .getEntriesByType('resource')
    .filter((entry) => entry.startTime >= since)
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => !path.endsWith('.map'));
