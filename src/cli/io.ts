/**
 * What every subcommand shares: reading an input (a file, `-` for standard input, or an
 * http(s) URL), writing output, and the usage error that makes the command exit 2.
 */

import { readFileSync, writeFileSync } from 'node:fs';

/** The elements refuse course documents over this size (the loader's limit). */
export const MAX_COURSE_BYTES = 2 * 1_048_576;

/** A mistake in how the command was called: printed with the usage, exit status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A problem with an input that stops the command (unreadable file, invalid JSON): exit 1. */
export class InputError extends Error {
  override name = 'InputError';
}

export const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** The text of a file, or of standard input for `-`. */
export function readText(input: string): string {
  try {
    return readFileSync(input === '-' ? 0 : input, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new InputError(`cannot read ${input}: ${why}`);
  }
}

/** JSON from text, with a message that says where it went wrong. */
export function parseJson(text: string, input: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${input} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Writes `text` to `output` (a file), or to standard output when there is none. */
export function writeOutput(text: string, output: string | undefined): void {
  const ending = text.endsWith('\n') ? text : `${text}\n`;
  if (output && output !== '-') writeFileSync(output, ending);
  else process.stdout.write(ending);
}
