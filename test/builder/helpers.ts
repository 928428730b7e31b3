// Helpers for the course builder's browser tests: mount the page's element from the sources,
// type into its fields the way a browser reports it (input, then change on commit), open a
// file through the real file input, and read what the preview elements render.
import '../../src/define.js';
import { CourseBuilderElement } from '../../src/builder/course-builder.js';
import { DRAFT_KEY } from '../../src/builder/storage.js';
import { until } from '../data/fault.js';

export { until };
export const SEED = '/test/fixtures/resilient-together-2021.json';
export const CHICAGO_ICS = '/test/builder/fixtures/chicago-weekly-fall-2027.ics';

const mounted: HTMLElement[] = [];

// What src/builder/main.ts does with the bundled sample, with the same file fetched here (the
// test server's esbuild serves no JSON modules).
CourseBuilderElement.sampleCourse = await (await fetch(SEED)).json();
if (!customElements.get('course-builder'))
  customElements.define('course-builder', CourseBuilderElement);

/** A fresh builder in the page (the saved draft, if any, comes back into it). */
export async function mountBuilder(): Promise<CourseBuilderElement> {
  const builder = document.createElement('course-builder');
  document.body.append(builder);
  mounted.push(builder);
  await builder.updateComplete;
  return builder;
}

/** Removes every builder a test mounted and forgets the saved draft. */
export function cleanupBuilders(): void {
  mounted.splice(0).forEach((builder) => builder.remove());
  localStorage.removeItem(DRAFT_KEY);
}

export function control<T extends HTMLElement = HTMLInputElement>(
  root: ParentNode,
  selector: string,
): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

/** Sets a field as typing would, then commits it (input, then change), and waits for the render. */
export async function fill(
  builder: CourseBuilderElement,
  selector: string,
  value: string,
): Promise<void> {
  const field = control<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    builder,
    selector,
  );
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await builder.updateComplete;
  await builder.updateComplete;
}

export async function click(builder: CourseBuilderElement, selector: string): Promise<void> {
  control<HTMLButtonElement>(builder, selector).click();
  await builder.updateComplete;
}

/** Opens a file through the builder's file input, as a person picking it would. */
export async function openFile(
  builder: CourseBuilderElement,
  url: string,
  name: string,
): Promise<void> {
  const text = await (await fetch(url)).text();
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'text/calendar' }));
  const input = control(builder, '#open-file');
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await until(() => builder.querySelector('#import-notice') !== null, 5000, 'the import notice');
  await builder.updateComplete;
}

/** The problems shown next to a field, through its aria-describedby. */
export function describedProblems(field: Element): string[] {
  const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids
    .map((id) => document.getElementById(id))
    .filter((node): node is HTMLElement => !!node && node.classList.contains('problems'))
    .flatMap((node) => [...node.querySelectorAll('.problem')].map((p) => squash(p.textContent)));
}

export const squash = (text: string | null | undefined): string =>
  (text ?? '').replace(/\s+/g, ' ').trim();

/** What a schedule shows: every session's title, its time texts and its `datetime` values. */
export interface ScheduleFacts {
  titles: string[];
  times: string[];
  datetimes: string[];
  live: string[];
}

export function scheduleFacts(schedule: Element): ScheduleFacts {
  const root = schedule.shadowRoot!;
  const texts = (selector: string) =>
    [...root.querySelectorAll(selector)].map((node) => squash(node.textContent));
  return {
    titles: texts('[part~="session"] [part~="title"]'),
    times: texts('[part~="session"] [part~="time"]'),
    datetimes: [...root.querySelectorAll('time[datetime]')].map((node) =>
      node.getAttribute('datetime')!,
    ),
    live: texts('[part~="status"]').filter((text) => /live/i.test(text)),
  };
}

/**
 * Waits until a schedule shows a live session, opens its "Show N earlier sessions" fold (ended
 * sessions fold away once a course is under way), and waits until `count` sessions show.
 */
export async function unfoldedLiveSchedule(schedule: Element, count: number, what: string) {
  const root = () => schedule.shadowRoot;
  await until(() => scheduleFacts(schedule).live.length > 0, 8000, `${what}: a live session`);
  const fold = [...root()!.querySelectorAll('button')].find((button) =>
    /earlier/i.test(button.textContent ?? ''),
  );
  fold?.click();
  await until(
    () => (root()?.querySelectorAll('[part~="session"]').length ?? 0) === count,
    8000,
    `${what}: ${count} sessions`,
  );
}
