// The package tests' Node-side work, done once before the browser tests start: build dist/
// when stale, list what `npm pack` would publish, bundle each single-element entry the way a
// user's bundler would, and type-check a strict React 19 + TypeScript app against the built
// typings; and, for the CLI tests, `npm pack` the package and install the tarball into a
// scratch project (test/cli/install.mjs). The package results go to one JSON file that the server commands in commands.mjs only
// read, so no test command builds, packs or compiles inside the runner's 20 s reply window
// (which a loaded machine used to miss).
//
// `npm test` runs this first (`node test/package/prepare.mjs`). Each part skips itself when
// TEST_FILES selects none of its tests (package tests: the files that import
// test/package/package.ts, the builder's and the CLI's boundary test among them; CLI tests:
// test/cli/), and reuses its results while the build, package.json and the consumer project
// are unchanged.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import picomatch from 'picomatch';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = join(ROOT, 'node_modules/.cache/course-widgets');
/** Where the results live; commands.mjs reads them. */
export const RESULTS = join(CACHE, 'package-tests.json');
/** The consumer app, inside node_modules so it finds lit and @types/react like a real app. */
const CONSUMER = join(CACHE, 'consumer');

/**
 * The entries the tests bundle: each single-element entry (test/package/entries.test.ts), and
 * the two whole-library ones (the builder's and the CLI's tests check that no authoring code
 * reaches a widget bundle).
 */
const TAGS = ['course-schedule', 'session-card', 'register-button', 'countdown-timer'];
const BUNDLED = [
  'dist/index.js',
  'dist/define.js',
  ...TAGS.map((tag) => `dist/components/${tag}/define.js`),
];

function run(command, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, out }));
  });
}

async function mustRun(command, args) {
  const { code, out } = await run(command, args);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${code}\n${out}`);
  return out;
}

// npm sets npm_execpath for the scripts it runs; outside npm, `npm` on PATH.
const npm = (args) =>
  process.env.npm_execpath?.endsWith('.js')
    ? mustRun(process.execPath, [process.env.npm_execpath, ...args])
    : mustRun(process.platform === 'win32' ? 'npm.cmd' : 'npm', args);

const readJson = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** Test files that use the package commands (they import test/package/package.ts). */
function packageTestFiles(dir = 'test') {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return packageTestFiles(path);
    if (!entry.name.endsWith('.test.ts')) return [];
    const text = readFileSync(join(ROOT, path), 'utf8');
    return /from '(\.\/|\.\.\/package\/)package\.js'/.test(text) ? [path] : [];
  });
}

/** The CLI tests (they run the installed binary through test/cli/cli.ts). */
const cliTestFiles = () =>
  readdirSync(join(ROOT, 'test/cli'))
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `test/cli/${name}`);

/** Whether TEST_FILES (as web-test-runner.config.mjs reads it) selects one of `files`. */
function selects(files, testFiles = process.env.TEST_FILES) {
  const patterns = testFiles?.split(',').filter(Boolean);
  if (!patterns?.length) return true;
  return files.some(picomatch(patterns));
}

/** Whether TEST_FILES selects a package test. */
export const selectsPackageTests = (testFiles) => selects(packageTestFiles(), testFiles);

/** Whether TEST_FILES selects a CLI test. */
export const selectsCliTests = (testFiles) => selects(cliTestFiles(), testFiles);

/** A JSX value for an attribute, from the manifest's type text. */
function valueFor(type = 'string') {
  if (/\bboolean\b/.test(type)) return '{true}';
  if (/^number\b/.test(type)) return '{1}';
  const literal = /^'([^']*)'/.exec(type);
  return literal ? `"${literal[1]}"` : '"x"';
}

/** Every attribute and event the manifest lists, used in JSX: the typings must accept them all. */
function fromManifest(elements) {
  const uses = elements.map((element) => {
    const attributes = (element.attributes ?? []).map(
      (attribute) => `${attribute.name}=${valueFor(attribute.type?.text)}`,
    );
    const events = (element.events ?? []).map((event) => `on${event.name}={(e) => e.type}`);
    return `      <${element.tagName} ${[...attributes, ...events].join(' ')} />`;
  });
  // TypeScript accepts any hyphenated name in JSX, so also require each one as a known key.
  const keys = elements.flatMap((element) =>
    [
      ...(element.attributes ?? []).map((attribute) => attribute.name),
      ...(element.events ?? []).map((event) => `on${event.name}`),
    ].map((name) => {
      const constant = JSON.stringify(`${element.tagName}:${name}`).replace(/\W/g, '_');
      const type = `keyof JSX.IntrinsicElements['${element.tagName}']`;
      return `export const ${constant}: ${type} = '${name}';`;
    }),
  );
  return [
    "import type { JSX } from 'react';",
    "import 'course-widgets/react';",
    '',
    'export const everything = (',
    '    <>',
    ...uses,
    '    </>',
    ');',
    '',
    ...keys,
    '',
  ].join('\n');
}

/** The app: every public entry point and each element in JSX, and four misuses tsc must reject. */
function app(classOf) {
  const classes = TAGS.map((tag) => classOf[tag]);
  const found = TAGS.map(
    (tag) =>
      `export const ${classOf[tag]}Found: ${classOf[tag]} | null = ` +
      `document.querySelector('${tag}');`,
  );
  const uses = TAGS.map(
    (tag) =>
      `      <${tag} src="/course.json" time-zone="Europe/Paris" now="2021-10-13T18:00:00Z" ` +
      `lang="es" className="x" oncourse-load={(e) => e.course.title} ` +
      `oncourse-error={(e) => e.error.kind} />`,
  );
  return `
import { ${classes.join(', ')}, CourseError, parseCourse, courseToIcs, CourseLoadEvent, type Course, type CourseData } from 'course-widgets';
import { checkCourse, embedSnippet, courseJsonLd, jsonLdScript, type CheckResult, type CheckProblem, type EmbedOptions, type JsonLdOptions } from 'course-widgets';
import 'course-widgets/define';
import { RegisterButtonElement as Single } from 'course-widgets/register-button/define';
import 'course-widgets/react';
import type { CourseWidgetsElements } from 'course-widgets/jsx';
import schema from 'course-widgets/course.schema.json';
import manifest from 'course-widgets/custom-elements.json';

${found.join('\n')}
export const same: typeof RegisterButtonElement = Single;
export const renamed: boolean = SessionCardElement.define('library-session-card');
export const parsed: Course = parseCourse({}).course;
export const input: CourseData = { title: 'x', timeZone: 'UTC', sessions: [] };
export const ics: (c: Course, o: Parameters<typeof courseToIcs>[1]) => string = courseToIcs;
export const isError = (e: unknown) => e instanceof CourseError;
export const jsonFiles = [schema, manifest];
export const checked: CheckResult = checkCourse({});
export const problems: CheckProblem[] = checked.problems;
const embed: EmbedOptions = { mode: 'inline', tag: 'session-card' };
export const snippet: string = embedSnippet({}, embed);
const where: JsonLdOptions = { pageUrl: 'https://library.example.org/course' };
export const structured: [object, string] = [courseJsonLd(parsed, where), jsonLdScript(parsed)];
document.querySelector('session-card')?.addEventListener('course-load', (e) => e satisfies CourseLoadEvent);

export const props: CourseWidgetsElements['register-button'] = { src: '/c.json', 'time-zone': 'Europe/Paris' };

export function App() {
  return (
    <>
${uses.join('\n')}
      <register-button course={{ version: 1, title: 'x', timeZone: 'UTC', sessions: [] }} onregister-click={(e) => e.href} />
      <session-card timeZone="Europe/Paris" sessionId="s1" />
      <countdown-timer oncountdown-end={(e) => e.targetMs} />
    </>
  );
}

// @ts-expect-error refresh is a number
export const badRefresh = <course-schedule refresh={true} />;
// @ts-expect-error an unknown property (TypeScript never rejects unknown hyphenated names)
export const badProperty = <session-card sessionID="x" />;
// @ts-expect-error hide-title is a boolean attribute
export const badAttribute = <course-schedule hide-title={123} />;
// @ts-expect-error a course-load handler gets a CourseLoadEvent
export const badHandler = <register-button oncourse-load={(e: KeyboardEvent) => e.key} />;
`;
}

/**
 * Only the define entry, in a project of its own (one program shares its global declarations,
 * so the app's root import would hide a missing one): it must bring the tag map, every event's
 * HTMLElementEventMap entry and the typed `course` property.
 */
const DEFINE_ONLY = `
import 'course-widgets/define';

const card = document.querySelector('session-card')!;
card.addEventListener('course-load', (e) => e.course.title);
card.addEventListener('course-error', (e) => e.error.kind);
document.querySelector('register-button')?.addEventListener('register-click', (e) => e.href);
document.querySelector('countdown-timer')?.addEventListener('countdown-end', (e) => e.targetMs);
const schedule = document.createElement('course-schedule');
schedule.timeZone = 'Europe/Paris';
const session = { id: 'a', title: 'A', start: '2021-10-13T14:00', end: '2021-10-13T15:00' };
schedule.course = { title: 'Course', timeZone: 'America/New_York', sessions: [session] };
// @ts-expect-error CourseData: start is a date-time string, not epoch ms
schedule.course = { title: 'Course', timeZone: 'America/New_York', sessions: [{ ...session, start: 1634133600000 }] };
// @ts-expect-error CourseData: a title is text
schedule.course = { title: 42, timeZone: 'America/New_York', sessions: [] };
// @ts-expect-error CourseData: the organiser's timeZone is required
schedule.course = { title: 'Course', sessions: [] };
`;

/** One tag's define entry alone, in a project of its own. */
const ONE_TAG = `
import 'course-widgets/register-button/define';

const button = document.querySelector('register-button')!;
button.addEventListener('register-click', (e) => e.href);
button.addEventListener('course-load', (e) => e.course.sessions.length);
// @ts-expect-error a register-click event has no targetMs
button.addEventListener('register-click', (e) => e.targetMs);
`;

/**
 * The consumer projects (name -> file name -> text), from the built manifest. Each is
 * compiled on its own.
 */
function consumerProjects(manifest) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  const classOf = Object.fromEntries(elements.map((element) => [element.tagName, element.name]));
  return {
    app: { 'app.tsx': app(classOf), 'manifest.tsx': fromManifest(elements) },
    'define-only': { 'define-only.ts': DEFINE_ONLY },
    'one-tag': { 'one-tag.ts': ONE_TAG },
  };
}

/** tsc (strict, bundler resolution, react-jsx, no skipLibCheck) over one consumer project. */
async function checkConsumer(name, files) {
  const project = join(CONSUMER, name);
  rmSync(project, { recursive: true, force: true });
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  symlinkSync(ROOT, join(project, 'node_modules/course-widgets'), 'junction');
  const compilerOptions = {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    jsx: 'react-jsx',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    types: [],
    resolveJsonModule: true,
    skipLibCheck: false,
  };
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions, files: Object.keys(files) }, null, 2),
  );
  for (const [file, text] of Object.entries(files)) writeFileSync(join(project, file), text);
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const { code, out } = await run(process.execPath, [tsc, '-p', project]);
  return { code, output: out, files };
}

/** A dist/ module bundled like a user's bundler would; module paths relative to the repo. */
async function bundle(path) {
  const { bundleEntry, foreignModules } = await import('../../scripts/bundle-entry.mjs');
  const { code, modules } = await bundleEntry(join(ROOT, path));
  const paths = modules.map((id) => relative(ROOT, id).split(sep).join('/'));
  const tag = /components\/([\w-]+)\//.exec(path)?.[1];
  return {
    modules: paths,
    foreign: tag ? foreignModules(tag, paths) : [],
    gzip: gzipSync(code, { level: 9 }).length,
  };
}

const hash = (...parts) => {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part).update('\0');
  return digest.digest('hex');
};

/** Builds, packs, bundles and type-checks; writes RESULTS. Returns what it did. */
export async function preparePackageTests({ log = console.log } = {}) {
  const started = Date.now();
  const { inputsHash, isFresh } = await import('../../scripts/build.mjs');
  const built = !isFresh();
  if (built) {
    log('package tests: building dist/ (stale) ...');
    await mustRun(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--if-needed']);
  }
  const manifest = readJson('custom-elements.json');
  const projects = consumerProjects(manifest);
  const inputs = inputsHash();
  const key = hash(
    inputs,
    readFileSync(join(ROOT, 'package.json'), 'utf8'),
    readFileSync(fileURLToPath(import.meta.url), 'utf8'),
    JSON.stringify(projects),
  );
  if (existsSync(RESULTS)) {
    const previous = JSON.parse(readFileSync(RESULTS, 'utf8'));
    if (previous.key === key) {
      log('package tests: build, pack, bundles and typings unchanged since the last run');
      return { ...previous, built };
    }
  }
  log(
    `package tests: npm pack, bundling ${BUNDLED.length} entries, tsc over three consumer projects ...`,
  );
  const [packed] = JSON.parse(await npm(['pack', '--dry-run', '--json', '--ignore-scripts']));
  const bundles = {};
  for (const path of BUNDLED) bundles[path] = await bundle(path);
  const consumer = {};
  for (const [name, files] of Object.entries(projects))
    consumer[name] = await checkConsumer(name, files);
  const results = {
    key,
    inputs,
    built,
    pack: packed.files.map(({ path, size }) => ({ path, size })),
    bundles,
    consumer,
  };
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, JSON.stringify(results));
  log(`package tests: prepared in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (selectsPackageTests()) await preparePackageTests();
  if (selectsCliTests()) {
    const { installPackedCli } = await import('../cli/install.mjs');
    const started = Date.now();
    const { installed, bin } = await installPackedCli();
    console.log(
      installed
        ? `CLI tests: installed from the packed tarball in ${((Date.now() - started) / 1000).toFixed(1)} s: ${bin}`
        : 'CLI tests: the install of this build is current',
    );
  }
}
