// What a test may ask of the engine it runs in (Chromium, Firefox or WebKit), through commands
// every driver supports (test/server/engines.mjs): media emulation where the engine has it,
// key presses by WebDriver key name, and tests that only one engine can run, which are
// skipped elsewhere with their reason in the title (the run's summary lists the reasons).
import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

const ENGINE_NAMES: Record<Engine, string> = {
  chromium: 'Chromium',
  firefox: 'Firefox',
  webkit: 'WebKit',
};

function detectEngine(userAgent: string): Engine {
  if (/\bFirefox\//.test(userAgent)) return 'firefox';
  if (/Chrom(e|ium)\//.test(userAgent)) return 'chromium';
  return 'webkit';
}

/** The engine this page runs in. */
export const engine: Engine = detectEngine(navigator.userAgent);

export interface MediaFeatures {
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
  forcedColors?: 'active' | 'none';
}

/**
 * Emulates media features in this page; false when the engine's driver cannot (WebKit's
 * WebDriver has no media emulation). Chromium replaces the whole emulated set each call.
 */
export const emulateMedia = (media: MediaFeatures): Promise<boolean> =>
  executeServerCommand<boolean, MediaFeatures>('engine:media', media);

/** Engines whose driver can emulate media features. */
export const MEDIA_ENGINES: Engine[] = ['chromium', 'firefox'];

/** Presses a key by its WebDriver name (Tab, Enter, Space, Escape), optionally with Shift. */
export const press = (key: string, options: { shift?: boolean } = {}): Promise<boolean> =>
  executeServerCommand<boolean, { key: string; shift?: boolean }>('engine:press', {
    key,
    ...options,
  });

/**
 * `it` in the listed engines; elsewhere the test is skipped (and counted as skipped) with
 * "[Chromium only: why]" in its title, so no engine drops a test silently.
 */
export function itIn(engines: Engine[], why: string): Mocha.TestFunction {
  if (engines.includes(engine)) return it;
  const names = engines.map((name) => ENGINE_NAMES[name]).join(' and ');
  const skip = ((title: string, fn?: Mocha.Func) =>
    it.skip(`${title} [${names} only: ${why}]`, fn)) as Mocha.TestFunction;
  return skip;
}

/**
 * How many accessibility-tree nodes with `role` are named `name` (whitespace squashed), as
 * the engine computes them: Chromium's accessibility snapshot, Firefox's BiDi accessibility
 * locator, WebKit's WebDriver computed role and label.
 */
export const accessibleCount = (role: string, name: string): Promise<number> =>
  executeServerCommand<number, { role: string; name: string }>('engine:accessible', {
    role,
    name,
  });

/** `it` for tests that emulate media features: Chromium and Firefox (see emulateMedia). */
export const itWithMedia = itIn(MEDIA_ENGINES, "WebKit's WebDriver has no media emulation");

/**
 * `it`, or, when `condition` holds in this engine, a skipped test with "[Engine: why]" in
 * its title: for tests that pin locale or zone data this engine's copy does not have yet.
 */
export function itUnless(condition: boolean, why: string): Mocha.TestFunction {
  if (!condition) return it;
  const skip = ((title: string, fn?: Mocha.Func) =>
    it.skip(`${title} [${ENGINE_NAMES[engine]}: ${why}]`, fn)) as Mocha.TestFunction;
  return skip;
}

/**
 * True when the engine's zone data for `zone` predates a rule change: its offset at `instant`
 * is not `offset` ("GMT-06:00"). WebKitGTK on Debian 12 reads the system ICU 72 (zone data of
 * 2022), older than real Safari's.
 */
export const zoneDataPredates = (zone: string, instant: string, offset: string): boolean =>
  new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((part) => part.type === 'timeZoneName')?.value !== offset;

/**
 * Whether this engine reports a zone link by the id it points at (US/Eastern as
 * America/New_York), as Chromium and Firefox do; ECMA-402 no longer asks for it, and WebKit
 * reports the link as written.
 */
export const canonicalizesZoneLinks =
  new Intl.DateTimeFormat('en', { timeZone: 'US/Eastern' }).resolvedOptions().timeZone !==
  'US/Eastern';

/**
 * CLDR texts an engine's ICU writes differently from Chromium's, whose data the tests pin,
 * by language: [language, Chromium's text, this engine's].
 */
const CLDR_VARIANTS: Partial<Record<Engine, [string, string, string][]>> = {
  firefox: [['ko', '북미 동부 시간', '미 동부 시간']],
  webkit: [
    ['ko', '북미 동부 시간', '미 동부 시간'],
    ['ko', 'UTC', 'GMT'],
    ['ar', 'UTC', 'غرينتش'],
  ],
};

/**
 * Whether plain `ar` writes Arabic-Indic digits (١٢) here, as ICU did before CLDR 42
 * (WebKitGTK's); Chromium's writes 12, and only regional locales such as ar-EG write ١٢.
 */
const ARABIC_INDIC_IN_AR = new Intl.NumberFormat('ar').format(0) === '\u0660';

/**
 * `text` in `locale`, written with Chromium's CLDR data, as this engine's ICU writes it: the
 * names in CLDR_VARIANTS, and plain `ar`'s digits.
 */
export function asThisEngineWrites(text: string, locale: string): string {
  const language = locale.split('-')[0];
  let written = text;
  for (const [variantLanguage, chromium, own] of CLDR_VARIANTS[engine] ?? [])
    if (variantLanguage === language) written = written.replaceAll(chromium, own);
  if (locale === 'ar' && ARABIC_INDIC_IN_AR)
    written = written.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));
  return written;
}
