// Shared by the time tests: run code as a browser without Intl.DurationFormat would.
import { clearFormatCache } from '../../../src/core/time/intl.js';

export function withoutDurationFormat(run: () => void): void {
  const saved = Object.getOwnPropertyDescriptor(Intl, 'DurationFormat');
  delete (Intl as { DurationFormat?: unknown }).DurationFormat;
  if ('DurationFormat' in Intl) throw new Error('could not hide Intl.DurationFormat');
  clearFormatCache();
  try {
    run();
  } finally {
    if (saved) Object.defineProperty(Intl, 'DurationFormat', saved);
    clearFormatCache();
  }
}
