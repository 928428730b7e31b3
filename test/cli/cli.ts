// Browser side of test/cli/commands.mjs: typed calls that run the installed `course-widgets`
// binary (from the packed tarball) on the server and return what a terminal would show.
import { executeServerCommand } from '@web/test-runner-commands';

export interface Run {
  code: number | string;
  stdout: string;
  stderr: string;
  ms: number;
  /** Files named in `read`, after the run (null: not written). */
  files: Record<string, string | null>;
}

export interface RunOptions {
  /** Files to create first: { name: text }. */
  files?: Record<string, string>;
  /** Repository files (paths under test/) to copy in by base name. */
  copy?: string[];
  /** A generated .ics of at least `bytes`. */
  bigIcs?: { name: string; bytes: number };
  stdin?: string;
  read?: string[];
}

/**
 * Runs the binary. A run can outlast a command's 20 s reply window on a loaded machine (wtr
 * gives up on the reply, the server keeps running it): ask again, the server answers from
 * the same run.
 */
export async function cli(args: string[], options: RunOptions = {}): Promise<Run> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await executeServerCommand<Run, RunOptions & { args: string[] }>('cli:run', {
        args,
        ...options,
      });
    } catch (error) {
      if (attempt >= 3 || !/Did not receive a server response/.test(String(error))) throw error;
    }
  }
}

export const binary = () =>
  executeServerCommand<
    { path: string; bytes: number; firstLine: string; executable: boolean; imports: string[] },
    undefined
  >('cli:binary');

export const testServer = async () =>
  (await executeServerCommand<{ url: string }, undefined>('cli:server')).url;

/** The problem lines `check` printed for an input: "error: path: message" without the input. */
export const problemLines = (run: Run, input: string) =>
  run.stdout
    .split('\n')
    .filter(
      (line) => line.startsWith(`${input}: error: `) || line.startsWith(`${input}: warning: `),
    )
    .map((line) => line.slice(input.length + 2));

/** The summary line `check` printed for an input, without the input. */
export const summaryLine = (run: Run, input: string) =>
  run.stdout
    .split('\n')
    .filter((line) => line.startsWith(`${input}: `) && !/^[^:]+: (error|warning): /.test(line))
    .map((line) => line.slice(input.length + 2))
    .at(-1);
