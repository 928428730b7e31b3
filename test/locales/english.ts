// Every English string table of the library, merged: the keys a language module must
// give and the entries it is checked against. The tables repeat shared entries with equal
// text (test/core/i18n/common.test.ts keeps them equal), so merging loses nothing.
import { strings as countdown } from '../../src/components/countdown-timer/internal/strings.js';
import { strings as buttonStrings } from '../../src/components/register-button/internal/strings.js';
import { strings as session } from '../../src/internal/session/strings.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry takes its own argument
export type EnglishEntry = string | ((arg: any) => string);

/** The element tables, each as the elements pick from it. */
export const ENGLISH_TABLES: Record<string, Record<string, EnglishEntry>> = {
  countdown: countdown.en,
  registerButton: buttonStrings.en,
  session: session.en,
};

export const ENGLISH: Record<string, EnglishEntry> = Object.assign(
  {},
  ...Object.values(ENGLISH_TABLES),
);
