/**
 * `course-widgets check <file|url>...`: each course read by the parser the elements use,
 * every problem printed with its field path. For a URL, also what the browser would see:
 * the HTTP status, the size limit, the content type and, with --origin, whether CORS lets a
 * page on that origin read it (the elements fetch from the page, so a missing
 * Access-Control-Allow-Origin is an error there even though this command can read the file).
 */

import { checkCourse, type Problem } from '../authoring/check.js';
import { InputError, MAX_COURSE_BYTES, isUrl, parseJson, readText } from './io.js';

export interface CheckOptions {
  json?: boolean;
  base?: string;
  origin?: string;
  strict?: boolean;
  locale?: string;
}

export interface InputResult {
  input: string;
  /** False when the course cannot be shown or a session is left out (--strict: any warning). */
  ok: boolean;
  errors: number;
  warnings: number;
  /** Sessions the elements show; absent when the course cannot be shown. */
  sessions?: number;
  problems: Problem[];
}

export const CHECK_USAGE = `usage: course-widgets check [<options>] <file|url>...

Checks course JSON files (or URLs; - reads standard input) with the parser the elements
use, and prints every problem with its field path, e.g.
  course.json: error: sessions[3].end: "2021-10-13T14:00" is not after start "2021-10-13T15:00"

An error means the course cannot be shown or a session is left out; a warning, that a
field was dropped, defaulted or shortened, or that a wall time falls in a DST change.

Options:
  --json              print the results as JSON, one entry per input, for tools
  --base <url>        resolve relative links in files against <url> (where the file
                      will be served); URLs resolve against their own address
  --origin <origin>   for URLs: check that CORS lets pages on <origin> read the file
                      (e.g. --origin https://library.example.org)
  --strict            count warnings as errors
  --locale <tag>      language of the dates and times in messages (default en-US)
  -h, --help          show this help

Exit status: 0 when every course can be shown (warnings allowed), 1 when one cannot or
a session is left out (with --strict, also on warnings), 2 on a usage error.
`;

const problem = (message: string, severity: Problem['severity'] = 'error'): Problem => ({
  path: '',
  severity,
  message,
});

/** Fetches a course the way a page would, and says what a page would get wrong. */
async function fetchCourse(
  url: string,
  origin: string | undefined,
): Promise<{ json?: unknown; problems: Problem[]; finalUrl: string }> {
  const problems: Problem[] = [];
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', ...(origin && { origin }) },
      signal: AbortSignal.timeout(20_000),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why =
      (error as Error).name === 'TimeoutError'
        ? 'no complete response within 20 s'
        : (cause?.code ?? cause?.message ?? (error as Error).message);
    return { problems: [problem(`could not be fetched: ${why}`)], finalUrl: url };
  }
  const finalUrl = response.url || url;
  if (!response.ok) {
    void response.body?.cancel().catch(() => {});
    const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return { problems: [problem(`the server answered HTTP ${status}`)], finalUrl };
  }
  if (origin) {
    const allowed = response.headers.get('access-control-allow-origin');
    if (allowed !== '*' && allowed !== origin)
      problems.push(
        problem(
          allowed
            ? `CORS: pages on ${origin} cannot read it ` +
                `(Access-Control-Allow-Origin is "${allowed}")`
            : `CORS: pages on ${origin} cannot read it (no Access-Control-Allow-Origin header): ` +
                `the server must send Access-Control-Allow-Origin: ${origin} (or *)`,
        ),
      );
  }
  const type = response.headers.get('content-type') ?? '';
  const jsonType = /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type);
  if (!jsonType)
    problems.push(
      problem(
        `is served as ${type ? `"${type}"` : 'no content type'}, not application/json: ` +
          'serve .json files with Content-Type: application/json',
        'warning',
      ),
    );
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_COURSE_BYTES) {
    void response.body?.cancel().catch(() => {});
    problems.push(problem(`is ${megabytes(declared)}; the elements refuse documents over 2 MB`));
    return { problems, finalUrl };
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > MAX_COURSE_BYTES) {
    problems.push(
      problem(`is ${megabytes(bytes.byteLength)}; the elements refuse documents over 2 MB`),
    );
    return { problems, finalUrl };
  }
  const text = new TextDecoder().decode(bytes).trim();
  if (!text) return { problems: [...problems, problem('the response is empty')], finalUrl };
  if (text.startsWith('<'))
    return {
      problems: [...problems, problem('the response is an HTML page, not JSON: check the URL')],
      finalUrl,
    };
  return { json: parseJson(text, url), problems, finalUrl };
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/** Checks one input; never throws for a problem with the input itself. */
export async function checkInput(input: string, options: CheckOptions): Promise<InputResult> {
  const problems: Problem[] = [];
  let json: unknown;
  let baseUrl = options.base;
  try {
    if (isUrl(input)) {
      const fetched = await fetchCourse(input, options.origin);
      problems.push(...fetched.problems);
      json = fetched.json;
      baseUrl = fetched.finalUrl;
    } else {
      const text = readText(input);
      const size = Buffer.byteLength(text);
      if (size > MAX_COURSE_BYTES)
        problems.push(
          problem(`is ${megabytes(size)}; the elements refuse documents over 2 MB`, 'warning'),
        );
      json = parseJson(text, input);
    }
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    problems.push(problem(error.message.replace(`${input} `, '')));
  }
  let sessions: number | undefined;
  if (json !== undefined) {
    const result = checkCourse(json, { baseUrl, locale: options.locale });
    problems.push(...result.problems);
    sessions = result.course?.sessions.length;
  }
  const errors = problems.filter((each) => each.severity === 'error').length;
  const warnings = problems.length - errors;
  return {
    input,
    ok: errors === 0 && !(options.strict && warnings > 0),
    errors,
    warnings,
    ...(sessions !== undefined && { sessions }),
    problems,
  };
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The human-readable report of one input: one line per problem, then a summary line. */
export function formatResult(result: InputResult): string {
  const lines = result.problems.map(
    (each) =>
      `${result.input}: ${each.severity}: ${each.path ? `${each.path}: ` : ''}${each.message}`,
  );
  const shown =
    result.sessions === undefined
      ? 'the course cannot be shown'
      : `${plural(result.sessions, 'session')} shown`;
  const summary =
    result.errors || result.warnings
      ? `${plural(result.errors, 'error')}, ${plural(result.warnings, 'warning')}; ${shown}`
      : `ok, ${shown}`;
  lines.push(`${result.input}: ${summary}`);
  return lines.join('\n');
}

/** Runs `check`; returns the exit status. */
export async function runCheck(inputs: string[], options: CheckOptions): Promise<number> {
  const results: InputResult[] = [];
  for (const input of inputs) {
    const result = await checkInput(input, options);
    results.push(result);
    if (!options.json) process.stdout.write(`${formatResult(result)}\n`);
  }
  if (options.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  return results.every((result) => result.ok) ? 0 : 1;
}
