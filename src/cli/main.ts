/**
 * The `course-widgets` command: check, import from .ics, structured data and embed code for
 * people who keep a course in git or generate it. Node's util.parseArgs, no framework; built
 * by rollup.cli.config.mjs into one file, dist/cli/course-widgets.js, with everything it
 * needs inlined (ical.js, the Windows zone table), so the package needs no dependency for it.
 */

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { VERSION } from '../internal/version.js';
import { CHECK_USAGE, runCheck } from './check-command.js';
import { InputError, UsageError } from './io.js';
import {
  EMBED_USAGE,
  FROM_ICS_USAGE,
  JSONLD_USAGE,
  runEmbed,
  runFromIcs,
  runJsonLd,
} from './other-commands.js';

const USAGE = `usage: course-widgets [-v | --version] [-h | --help] <command> [<args>]

Commands:
  check      check course JSON files or URLs the way the elements read them
  from-ics   make course JSON from an iCalendar (.ics) file
  jsonld     print the schema.org structured data of a course, for search engines
  embed      print the HTML that puts a course on a page

'course-widgets <command> --help' (or 'course-widgets help <command>') shows a command's
options. The course format is described in docs/course-format.md in this package.
`;

type Options = NonNullable<ParseArgsConfig['options']>;
/** What a command runs on: at least one input (a file, a URL or `-`). */
type Inputs = [first: string, ...more: string[]];
const HELP: Options = { help: { type: 'boolean', short: 'h' } };
const OUTPUT: Options = { output: { type: 'string', short: 'o' } };

interface Command {
  usage: string;
  options: Options;
  /** How many inputs: one, or one or more. */
  inputs: 'one' | 'many';
  run(inputs: Inputs, values: Record<string, unknown>): Promise<number>;
}

const string = (value: unknown) => (typeof value === 'string' ? value : undefined);

const COMMANDS: Record<string, Command> = {
  check: {
    usage: CHECK_USAGE,
    inputs: 'many',
    options: {
      json: { type: 'boolean' },
      strict: { type: 'boolean' },
      base: { type: 'string' },
      origin: { type: 'string' },
      locale: { type: 'string' },
    },
    run: (inputs, values) => {
      const origin = string(values.origin);
      if (origin !== undefined && !/^https?:\/\/[^/\s]+$/i.test(origin))
        throw new UsageError(
          `--origin must be a page origin such as https://library.example.org; got "${origin}"`,
        );
      return runCheck(inputs, {
        json: values.json === true,
        strict: values.strict === true,
        base: string(values.base),
        origin,
        locale: string(values.locale),
      });
    },
  },
  'from-ics': {
    usage: FROM_ICS_USAGE,
    inputs: 'one',
    options: {
      zone: { type: 'string' },
      title: { type: 'string' },
      id: { type: 'string' },
      ...OUTPUT,
    },
    run: async ([input], values) =>
      runFromIcs(input, {
        zone: string(values.zone),
        title: string(values.title),
        id: string(values.id),
        output: string(values.output),
      }),
  },
  jsonld: {
    usage: JSONLD_USAGE,
    inputs: 'one',
    options: {
      page: { type: 'string' },
      organizer: { type: 'string' },
      'organizer-url': { type: 'string' },
      base: { type: 'string' },
      json: { type: 'boolean' },
      ...OUTPUT,
    },
    run: ([input], values) =>
      runJsonLd(input, {
        page: string(values.page),
        organizer: string(values.organizer),
        organizerUrl: string(values['organizer-url']),
        base: string(values.base),
        json: values.json === true,
        output: string(values.output),
      }),
  },
  embed: {
    usage: EMBED_USAGE,
    inputs: 'one',
    options: {
      inline: { type: 'boolean' },
      tag: { type: 'string' },
      src: { type: 'string' },
      script: { type: 'string' },
      session: { type: 'string' },
      ...OUTPUT,
    },
    run: async ([input], values) =>
      runEmbed(input, {
        inline: values.inline === true,
        tag: string(values.tag),
        src: string(values.src),
        script: string(values.script),
        session: string(values.session),
        output: string(values.output),
      }),
  },
};

/** Runs the command line `args` (without node and the script); returns the exit status. */
export async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '-h' || name === '--help') {
    process.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version' || name === 'version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (name === 'help') {
    const topic = rest[0] === undefined ? undefined : COMMANDS[rest[0]];
    process.stdout.write(topic?.usage ?? USAGE);
    return rest[0] === undefined || topic ? 0 : 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    process.stderr.write(
      `course-widgets: '${name}' is not a command. See 'course-widgets --help'.\n`,
    );
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...HELP, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      process.stdout.write(command.usage);
      return 0;
    }
    const [first, ...more] = positionals;
    if (first === undefined) throw new UsageError('no input given');
    if (command.inputs === 'one' && more.length > 0)
      throw new UsageError(`one input only; got ${positionals.length}`);
    return await command.run([first, ...more], values);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (error instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`error: ${(error as Error).message}\n\n${command.usage}`);
      return 2;
    }
    if (error instanceof InputError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
