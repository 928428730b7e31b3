// Shared by the hardening suites: serving a test's own JSON over real HTTP, walking every shadow
// root, mounting the four elements with plain DOM calls, and waiting for what they settle on.
import { executeServerCommand } from '@web/test-runner-commands';
import { sleep, until, uniqueKey } from '../data/fault.js';

export { sleep, until, uniqueKey };

export const TAGS = [
  'course-schedule',
  'session-card',
  'register-button',
  'countdown-timer',
] as const;
export type Tag = (typeof TAGS)[number];
export const SEED = '/test/fixtures/resilient-together-2021.json';

/** Posts `doc` (an object, serialised here, or text as is) to the test server; returns its URL there. */
export async function serve(doc: unknown, key = uniqueKey()): Promise<string> {
  const body = typeof doc === 'string' ? doc : JSON.stringify(doc);
  const res = await fetch(`/__hardening/doc/${key}`, { method: 'POST', body });
  if (!res.ok) throw new Error(`could not store the document: HTTP ${res.status}`);
  return `/__hardening/doc/${key}.json`;
}

/** Every element in `root`'s tree and, recursively, in every shadow root below it (the roots' hosts first). */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    out.push(root);
    visit(root.shadowRoot);
  } else visit(root);
  return out;
}

/** Every element inside `host`'s shadow root and the shadow roots below it (not the light DOM). */
export const shadowElements = (host: Element): Element[] =>
  host.shadowRoot ? deepElements(host.shadowRoot) : [];

/** The text of `host`'s shadow tree, slots not followed, whitespace squashed. */
export const shadowText = (host: Element): string => squash(host.shadowRoot?.textContent);

export const squash = (s: string | null | undefined): string =>
  (s ?? '').replace(/\s+/g, ' ').trim();

type Props = Record<string, unknown>;

/** Creates `tag` with `attrs` and `props` (and light-DOM `children`), appends it to `parent` (default: body). */
export function make<T extends HTMLElement = HTMLElement & Props>(
  tag: string,
  attrs: Record<string, string> = {},
  props: Props = {},
  children: Node[] = [],
  parent: Element = document.body,
): T {
  const el = parent.ownerDocument.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  el.append(...children);
  parent.append(el);
  made.push(el);
  return el;
}

const made: Element[] = [];

/** Removes everything make() added (call from afterEach). */
export function cleanup(): void {
  for (const el of made.splice(0)) el.remove();
}

/** A light-DOM fallback link, as a page would write it. */
export const fallbackLink = (doc: Document = document): HTMLAnchorElement =>
  Object.assign(doc.createElement('a'), { href: '/course-page', textContent: 'Course page' });

export type Settled = 'data' | 'error' | 'notice';

/**
 * What `el` shows now: its content (`base`), an error box, a notice instead of content (a card
 * whose session is not in the data), a loading skeleton, or only the fallback.
 */
export function state(el: Element): Settled | 'pending' | 'fallback' | 'empty' {
  const root = el.shadowRoot;
  if (!root) return 'empty';
  if (root.querySelector('[part~="error"]')) return 'error';
  if (root.querySelector('[part~="base"]')) return 'data';
  if (root.querySelector('[part~="notice"]')) return 'notice';
  if (root.querySelector('[part~="skeleton"]')) return 'pending';
  if (root.querySelector('slot:not([name])')) return 'fallback';
  return 'empty';
}

/** Waits until `el` shows data, an error or a notice (not loading, not nothing), then for its update. */
export async function settled(
  el: HTMLElement & { updateComplete?: Promise<unknown> },
  ms = 8000,
): Promise<Settled> {
  try {
    await until(() => ['data', 'error', 'notice'].includes(state(el)), ms);
  } catch {
    throw new Error(
      `<${el.localName}> showed neither data, an error nor a notice within ${ms} ms (it shows: ${state(el)})`,
    );
  }
  await el.updateComplete;
  return state(el) as Settled;
}

/** The error box's sentences (lead first) and its Retry button. */
export function errorBox(el: Element): {
  lead: string;
  text: string;
  retry: HTMLButtonElement | null;
  role: string | null;
} {
  const box = el.shadowRoot!.querySelector('[part~="error"]');
  const ps = [...(box?.querySelectorAll('p') ?? [])].map((p) => squash(p.textContent));
  return {
    lead: ps[0] ?? '',
    text: squash(box?.textContent),
    retry: box?.querySelector('button') ?? null,
    role: box?.getAttribute('role') ?? null,
  };
}

/** The light-DOM nodes shown through `el`'s default slot (the page's fallback content). */
export const slotted = (el: Element): Element[] =>
  (
    el.shadowRoot?.querySelector('slot:not([name])') as HTMLSlotElement | null
  )?.assignedElements() ?? [];

/** The JS heap after a forced garbage collection (DevTools protocol), or false outside Chromium. */
export const heapAfterGc = () =>
  executeServerCommand<{ usedSize: number; totalSize: number } | false, undefined>(
    'hardening:heap',
  );

/** Records unhandled rejections and uncaught errors while installed. */
export function watchErrors(win: Window = window): { errors: unknown[]; stop(): void } {
  const errors: unknown[] = [];
  const onRejection = (e: PromiseRejectionEvent) => {
    errors.push(e.reason);
    e.preventDefault();
  };
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  win.addEventListener('unhandledrejection', onRejection);
  win.addEventListener('error', onError);
  return {
    errors,
    stop: () => {
      win.removeEventListener('unhandledrejection', onRejection);
      win.removeEventListener('error', onError);
    },
  };
}

/** The visitor zone this browser emulates (Asia/Kolkata may read Asia/Calcutta). */
export const visitorZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

let firstZone: Promise<boolean> | undefined;
/**
 * True in the first zone group of this run only (TEST_ZONES' first, else America/New_York): for
 * costly tests whose outcome cannot depend on the visitor's zone.
 */
export const inFirstZone = (): Promise<boolean> =>
  (firstZone ??= executeServerCommand<string, undefined>('hardening:first-zone').then(
    // Compared by behaviour, not by id (WebKit reads Asia/Kolkata as Asia/Calcutta in one
    // spelling and keeps it in the other): the same offsets at a year's turns and midpoints.
    (zone) => sameOffsets(zone, visitorZone()),
  ));

const OFFSET_PROBES = [2021, 2024].flatMap((year) =>
  [0, 3, 6, 9].map((month) => new Date(Date.UTC(year, month, 15))),
);
const sameOffsets = (a: string, b: string) => {
  const offsets = (timeZone: string) => {
    const format = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' });
    return OFFSET_PROBES.map((instant) => format.format(instant)).join();
  };
  return offsets(a) === offsets(b);
};

/** The focused element, looking inside shadow roots. */
export function deepActive(doc: Document = document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
