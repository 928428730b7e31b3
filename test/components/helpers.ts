// Shared helpers for the element tests: reading parts of a shadow root, waiting for data,
// counting console warnings, and the link checks every element's hostile-data test makes.
import { expect } from '@open-wc/testing';
import { until } from '../data/fault.js';

export { quickLoader, until, sleep } from '../data/fault.js';

export const SEED = '/test/fixtures/resilient-together-2021.json';
export const ALL_KINDS = '/test/fixtures/all-kinds.json';
export const HOSTILE = '/test/fixtures/hostile.json';
export const T = (iso: string): number => Date.parse(iso);

/** Text with every run of whitespace (including the narrow no-break space ICU puts before AM/PM) as one space. */
export const squash = (s: string | null | undefined): string =>
  (s ?? '').replace(/\s+/g, ' ').trim();

export const $ = (el: Element, selector: string): HTMLElement | null =>
  el.shadowRoot!.querySelector(selector);
export const $$ = (el: Element, selector: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

/** The squashed text of the part `name` ('' when absent). */
export const part = (el: Element, name: string): string =>
  squash($(el, `[part~="${name}"]`)?.textContent);

/**
 * What a sighted visitor reads in the base part, without visually hidden (`.visually-hidden`) text: the
 * text of each of its children, joined by " | ".
 */
export const seen = (el: Element): string =>
  [...($(el, '[part~="base"]')?.children ?? [])].map(visible).filter(Boolean).join(' | ');

/** The text of `node` without its visually hidden (`.visually-hidden`) descendants. */
export function visible(node: Element | null): string {
  if (node?.matches('.visually-hidden')) return '';
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return squash(copy?.textContent);
}

/** Wait until the element shows its content (data loaded and rendered). */
export async function shown(el: Element & { updateComplete: Promise<unknown> }): Promise<void> {
  await until(() => !!$(el, '[part~="base"]'), 3000, 'the element to render its content');
  await el.updateComplete;
}

/** Replaces console.warn while installed; `calls` holds each warning's text. */
export function spyWarn(): { calls: string[]; restore(): void } {
  const calls: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void calls.push(args.join(' '));
  return { calls, restore: () => void (console.warn = original) };
}

/** Every href in the element's shadow root, each required to be http(s) or mailto. */
export function expectOnlySafeLinks(el: Element): string[] {
  const hrefs = $$(el, '[href]').map((a) => a.getAttribute('href')!);
  for (const h of hrefs)
    expect(h, 'an unsafe href was rendered').to.match(/^(https?:\/\/|mailto:)/);
  expect(el.shadowRoot!.innerHTML).to.not.match(/javascript:|vbscript:|data:|blob:|file:/i);
  return hrefs;
}

/** A zone-independent oracle for a displayed instant: its wall date and time in `zone`, via Temporal. */
export { Temporal } from 'temporal-polyfill';
