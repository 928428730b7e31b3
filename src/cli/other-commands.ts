/**
 * `from-ics`, `jsonld` and `embed`: thin wrappers over the authoring modules the builder page
 * uses, so the command and the page give the same course, structured data and snippet.
 */

import { basename } from 'node:path';
import { checkCourse, type Problem } from '../authoring/check.js';
import { EMBED_TAGS, embedSnippet, type EmbedTag } from '../authoring/embed.js';
import { courseFromIcs } from '../authoring/from-ics.js';
import { courseJsonLd, jsonLdScript } from '../core/course/jsonld.js';
import { InputError, UsageError, isUrl, parseJson, readText, writeOutput } from './io.js';

export const FROM_ICS_USAGE = `usage: course-widgets from-ics [<options>] <file.ics>

Makes course JSON from an iCalendar file (LibCal, Google Calendar and Outlook exports;
- reads standard input): each event becomes a session, repeating events are expanded
(RRULE, RDATE, EXDATE and changed occurrences), and times are written as wall times in the
organiser's zone. What needs a look is printed as warnings on standard error.

Options:
  --zone <zone>        the organiser's time zone, an IANA name such as America/Chicago
                       (a Windows name such as "Central Standard Time" works too);
                       default: proposed from the file
  --title <text>       the course title; default: the calendar's name
  --id <id>            the course id; default: made from the title
  -o, --output <file>  write the course there instead of standard output
  -h, --help           show this help
`;

export const JSONLD_USAGE = `usage: course-widgets jsonld [<options>] <course.json|url>

Prints the schema.org structured data of a course (a Course with one Event per session)
as a <script type="application/ld+json"> element to put in the course page's HTML, so
search engines can show the sessions with their dates.

Options:
  --page <url>            the address of the page it goes on; default: the course's url
  --organizer <name>      who runs the course; default: named after the course URL's host
  --organizer-url <url>   the organizer's web site
  --base <url>            resolve relative links in the file against <url>
  --json                  print the bare JSON-LD instead of the <script> element
  -o, --output <file>     write there instead of standard output
  -h, --help              show this help
`;

export const EMBED_USAGE = `usage: course-widgets embed [<options>] <course.json>

Prints the HTML that puts the course on a page: the script tag and the element. By default
the element loads the course file from --src; with --inline the course goes inside the
element, for a CMS that cannot host a .json file.

Options:
  --inline             put the course JSON inside the element
  --tag <tag>          ${EMBED_TAGS.join(', ')}
                       (default course-schedule)
  --src <url>          where the course file will be served; default: the file's name
  --script <url>       the script to load; default: this version on unpkg (an .iife.js
                       URL gets a classic script tag)
  --session <id>       for session-card and countdown-timer: the session to show
  -o, --output <file>  write there instead of standard output
  -h, --help           show this help
`;

/** Problems on standard error; throws when the course cannot be used. Returns the errors count. */
function report(input: string, problems: Problem[]): number {
  for (const each of problems)
    process.stderr.write(
      `${input}: ${each.severity}: ${each.path ? `${each.path}: ` : ''}${each.message}\n`,
    );
  return problems.filter((each) => each.severity === 'error').length;
}

async function readCourseJson(input: string): Promise<{ json: unknown; baseUrl?: string }> {
  if (!isUrl(input)) return { json: parseJson(readText(input), input) };
  let response: Response;
  try {
    response = await fetch(input, { signal: AbortSignal.timeout(20_000) });
  } catch (error) {
    throw new InputError(`cannot fetch ${input}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new InputError(`cannot fetch ${input}: HTTP ${response.status}`);
  return { json: parseJson(await response.text(), input), baseUrl: response.url || input };
}

export function runFromIcs(
  input: string,
  options: { zone?: string; title?: string; id?: string; output?: string },
): number {
  let result;
  try {
    result = courseFromIcs(readText(input), options);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${input}: ${(error as Error).message}`);
  }
  for (const warning of result.warnings) process.stderr.write(`${input}: warning: ${warning}\n`);
  if (!options.zone && result.zone)
    process.stderr.write(
      `${input}: the organiser's zone is ${result.zone} (from the file; --zone to change it)\n`,
    );
  writeOutput(JSON.stringify(result.course, null, 2), options.output);
  return 0;
}

export async function runJsonLd(
  input: string,
  options: {
    page?: string;
    organizer?: string;
    organizerUrl?: string;
    base?: string;
    json?: boolean;
    output?: string;
  },
): Promise<number> {
  const { json, baseUrl } = await readCourseJson(input);
  const checked = checkCourse(json, { baseUrl: baseUrl ?? options.base });
  const errors = report(
    input,
    checked.problems.filter((each) => each.severity === 'error'),
  );
  if (!checked.course) return 1;
  const settings = {
    pageUrl: options.page,
    ...(options.organizer && {
      organizer: { name: options.organizer, url: options.organizerUrl },
    }),
  };
  writeOutput(
    options.json
      ? JSON.stringify(courseJsonLd(checked.course, settings), null, 2)
      : jsonLdScript(checked.course, settings),
    options.output,
  );
  return errors ? 1 : 0;
}

export function runEmbed(
  input: string,
  options: {
    inline?: boolean;
    tag?: string;
    src?: string;
    script?: string;
    session?: string;
    output?: string;
  },
): number {
  const tag = options.tag ?? 'course-schedule';
  if (!EMBED_TAGS.includes(tag as EmbedTag))
    throw new UsageError(`--tag must be one of ${EMBED_TAGS.join(', ')}; got "${tag}"`);
  const json = parseJson(readText(input), input);
  const checked = checkCourse(json, { baseUrl: 'https://page.invalid/' });
  const errors = report(
    input,
    checked.problems.filter((each) => each.severity === 'error'),
  );
  if (!checked.course) return 1;
  let snippet: string;
  try {
    snippet = embedSnippet(json, {
      mode: options.inline ? 'inline' : 'src',
      tag: tag as EmbedTag,
      src: options.src ?? (input === '-' ? undefined : basename(input)),
      scriptUrl: options.script,
      sessionId: options.session,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  writeOutput(snippet, options.output);
  return errors ? 1 : 0;
}
