// Server side of the CLI tests (test/cli/*.test.ts): they run the `course-widgets` binary
// installed from the packed tarball (./install.mjs), on files the test sends or names, and
// read its exit status and output. The binary is installed before the runner starts, by
// test/package/prepare.mjs (the first step of `npm test`); a command only spawns it.
//
//   cli:run { args, files?, copy?, bigIcs?, stdin?, read? } -> { code, stdout, stderr, ms, files }
//       in a fresh scratch folder: `files` written ({ name: text }), `copy` (repository
//       paths under test/) copied by base name, `bigIcs` ({ name, bytes }) generated; then
//       the binary runs there with `args` (60 s limit); the same payload runs once per test
//       run (the zone groups share the result); `files`: the text of each file named
//       in `read` afterwards (null if absent)
//   cli:binary -> { path, bytes, firstLine, executable, imports }  the installed bin file
//   cli:server -> { url }  a server for `check <url>` (routes below)
//
// Server routes (course: test/fixtures/resilient-together-2021.json):
//   /course.json    application/json, Access-Control-Allow-Origin: https://library.example.org
//   /open.json      application/json, Access-Control-Allow-Origin: *
//   /private.json   application/json, no CORS header
//   /plain.json     text/plain, Access-Control-Allow-Origin: *
//   /relative.json  a course with a relative registration link, CORS *
//   /partial.json   test/fixtures/partial-2021.json, CORS *
//   /huge.json      2.5 MB of JSON
//   /login          text/html, a sign-in page
//   anything else   404
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedCli } from './install.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(ROOT, path));

/** An .ics of at least `bytes`: weekly series and one-offs over a year in Chicago. */
function bigIcs(bytes) {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//course-widgets tests//Generated//EN',
    'X-WR-CALNAME:A very large calendar',
    'X-WR-TIMEZONE:America/Chicago',
  ];
  const description = `DESCRIPTION:${'A long description of the session, repeated. '.repeat(8)}`;
  let size = 0;
  for (let index = 0; size < bytes; index++) {
    const month = String(1 + (Math.floor(index / 28) % 12)).padStart(2, '0');
    const day = String(1 + (index % 28)).padStart(2, '0');
    const hour = String(8 + (index % 10)).padStart(2, '0');
    const event = [
      'BEGIN:VEVENT',
      `UID:event-${index}@tests.example.org`,
      'DTSTAMP:20270101T000000Z',
      `DTSTART;TZID=America/Chicago:2027${month}${day}T${hour}0000`,
      'DURATION:PT1H',
      ...(index % 50 === 0 ? ['RRULE:FREQ=WEEKLY;COUNT=10'] : []),
      `SUMMARY:Session ${index}`,
      description,
      'END:VEVENT',
    ];
    size += event.join('\r\n').length + 2;
    lines.push(...event);
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

const SAFE_NAME = /^[\w][\w.-]*$/;

async function runBinary({
  args = [],
  files = {},
  copy = [],
  bigIcs: big,
  stdin,
  read: outputs = [],
}) {
  const { bin } = await installedCli();
  const folder = mkdtempSync(join(tmpdir(), 'course-widgets-cli-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      if (!SAFE_NAME.test(name)) throw new Error(`bad file name ${name}`);
      writeFileSync(join(folder, name), text);
    }
    for (const path of copy) {
      if (!/^test\/[\w./-]+$/.test(path) || path.includes('..'))
        throw new Error(`bad path ${path}`);
      copyFileSync(join(ROOT, path), join(folder, basename(path)));
    }
    if (big) {
      if (!SAFE_NAME.test(big.name)) throw new Error(`bad file name ${big.name}`);
      writeFileSync(join(folder, big.name), bigIcs(big.bytes));
    }
    const started = performance.now();
    return await new Promise((resolve, reject) => {
      const child = spawn(bin, args.map(String), {
        cwd: folder,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1' },
      });
      let stdout = '';
      let stderr = '';
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        const ms = Math.round(performance.now() - started);
        const written = {};
        for (const name of outputs) {
          if (!SAFE_NAME.test(name)) continue;
          try {
            written[name] = readFileSync(join(folder, name), 'utf8');
          } catch {
            written[name] = null;
          }
        }
        resolve({ code: code ?? signal, stdout, stderr, ms, files: written });
      });
      // A command that exits before reading its input closes the pipe: EPIPE on stdin, which
      // unheard would stop the whole test run. The exit code and stderr say what happened.
      child.stdin.on('error', () => {});
      child.stdin.end(stdin ?? '');
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function binaryInfo() {
  const { bin } = await installedCli();
  const text = readFileSync(bin, 'utf8');
  const imports = new Set();
  // Imports in code, not in comments (ical.js's JSDoc has `import("./types.js")`).
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const match of code.matchAll(/(?:^|[;}\s])import\s*[^'"()]*?from\s*['"]([^'"]+)['"]/g))
    imports.add(match[1]);
  for (const match of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) imports.add(match[1]);
  for (const match of code.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)) imports.add(match[1]);
  return {
    path: bin,
    bytes: Buffer.byteLength(text),
    firstLine: text.slice(0, text.indexOf('\n')),
    executable: (statSync(bin).mode & 0o111) !== 0,
    imports: [...imports].sort(),
  };
}

let server;
let serverUrl;
let starting;

function startServer() {
  const course = read('test/fixtures/resilient-together-2021.json');
  const partial = read('test/fixtures/partial-2021.json');
  const relative = JSON.stringify({
    title: 'Relative links',
    timeZone: 'America/Chicago',
    registration: { url: 'register' },
    sessions: [{ id: 's1', title: 'One', start: '2027-03-04T18:00', end: '2027-03-04T19:00' }],
  });
  const huge = JSON.stringify({
    title: 'Huge',
    timeZone: 'UTC',
    sessions: [],
    padding: 'x'.repeat(2_600_000),
  });
  const json = 'application/json; charset=utf-8';
  const routes = {
    '/course.json': [200, json, course, 'https://library.example.org'],
    '/open.json': [200, json, course, '*'],
    '/private.json': [200, json, course, undefined],
    '/plain.json': [200, 'text/plain', course, '*'],
    '/relative.json': [200, json, relative, '*'],
    '/partial.json': [200, json, partial, '*'],
    '/huge.json': [200, json, huge, '*'],
    '/login': [200, 'text/html', '<!doctype html><title>Sign in</title><form></form>', '*'],
  };
  server = createServer((request, response) => {
    const route = routes[new URL(request.url, 'http://x').pathname];
    if (!route) {
      response.writeHead(404, { 'Content-Type': 'text/plain' });
      response.end('Not found');
      return;
    }
    const [status, type, body, origin] = route;
    response.writeHead(status, {
      'Content-Type': type,
      'Content-Length': Buffer.byteLength(body),
      ...(origin && { 'Access-Control-Allow-Origin': origin }),
    });
    response.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      serverUrl = `http://127.0.0.1:${server.address().port}`;
      resolve();
    }),
  );
}

/**
 * Runs by payload: the four zone groups send the same commands, and the binary's output
 * does not depend on the browser's zone, so each distinct run happens once per test run
 * (the 5 MB import four times at once would only measure the machine's load).
 */
const runs = new Map();
function runOnce(payload) {
  const key = JSON.stringify(payload);
  if (!runs.has(key)) runs.set(key, runBinary(payload));
  return runs.get(key);
}

export function cliCommandsPlugin() {
  return {
    name: 'course-widgets-cli-commands',
    async serverStop() {
      await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    },
    async executeCommand({ command, payload }) {
      switch (command) {
        case 'cli:run':
          return runOnce(payload ?? {});
        case 'cli:binary':
          return binaryInfo();
        case 'cli:server':
          await (starting ??= startServer());
          return { url: serverUrl };
        default:
          return undefined;
      }
    },
  };
}
