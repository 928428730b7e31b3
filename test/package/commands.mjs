// Server commands for test/package/*.test.ts: the package tests check the built package
// (dist/, the manifest, what `npm pack` would publish) from the browser, where the rest of
// the suite runs, so `npm test` keeps one runner and one count line.
//
// Every command first makes sure dist/ matches the sources (scripts/build.mjs --if-needed,
// once per test run, in a child process so the server keeps answering other tests): a fresh
// clone's `npm ci && npm test` builds here, a second run reuses the build.
//
//   package:build                  -> { built: boolean }
//   package:pack                   -> [{ path, size }]  `npm pack --dry-run` (no scripts run)
//   package:json                   -> package.json
//   package:manifest               -> custom-elements.json
//   package:read { path }          -> text of a file that is in the pack (or null)
//   package:bundle { path }        -> { modules, foreign, gzip }  that dist/ module bundled like a
//                                     user's bundler would (scripts/bundle-entry.mjs), module paths
//                                     relative to the repo; `foreign`: other elements' modules
//                                     that should not be in it (bundle-entry.mjs foreignModules)
//   package:consumer-types { files } -> { code, output }  tsc (strict, bundler resolution,
//                                     react-jsx, no skipLibCheck) over a consumer project
//                                     made of `files` that imports 'course-widgets', resolved
//                                     through package.json `exports` to the built .d.ts
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function run(cmd, args, { capture = false } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, {
      cwd: ROOT,
      stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
    });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolvePromise(out)
        : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${out}${err}`)),
    );
  });
}

// npm sets npm_execpath for scripts it runs; outside npm, `npm` on PATH.
const npm = (args) =>
  process.env.npm_execpath?.endsWith('.js')
    ? run(process.execPath, [process.env.npm_execpath, ...args], { capture: true })
    : run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, { capture: true });

let building;
const ensureBuilt = () =>
  (building ??= (async () => {
    const { isFresh } = await import('../../scripts/build.mjs');
    if (isFresh()) return { built: false };
    await run(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--if-needed']);
    return { built: true };
  })());

let packing;
const packList = () =>
  (packing ??= (async () => {
    await ensureBuilt();
    const [result] = JSON.parse(await npm(['pack', '--dry-run', '--json', '--ignore-scripts']));
    return result.files.map(({ path, size }) => ({ path, size }));
  })());

const readJson = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

async function readPacked(path) {
  const files = await packList();
  if (!files.some((f) => f.path === path)) return null;
  return readFileSync(join(ROOT, path), 'utf8');
}

async function bundle(path) {
  await ensureBuilt();
  const abs = resolve(ROOT, path);
  if (!abs.startsWith(join(ROOT, 'dist') + sep) || !existsSync(abs))
    throw new Error(`not a built file: ${path}`);
  const { bundleEntry, foreignModules } = await import('../../scripts/bundle-entry.mjs');
  const { code, modules } = await bundleEntry(abs);
  const paths = modules.map((id) => relative(ROOT, id).split(sep).join('/'));
  const tag = /components\/([\w-]+)\//.exec(path)?.[1];
  return {
    modules: paths,
    foreign: tag ? foreignModules(tag, paths) : [],
    gzip: gzipSync(code, { level: 9 }).length,
  };
}

// Inside the repo's node_modules, so the consumer finds lit and @types/react the way an app
// that installed them would; `course-widgets` itself is a link to this package.
const CONSUMER = join(ROOT, 'node_modules/.cache/course-widgets/consumer');
let consumerRuns = Promise.resolve();
const consumerResults = new Map();

/** One tsc run per distinct project (the four zone groups send the same one), one at a time. */
function consumerTypes(files) {
  const key = JSON.stringify(files);
  if (consumerResults.has(key)) return consumerResults.get(key);
  const job = consumerRuns.then(async () => {
    await ensureBuilt();
    rmSync(CONSUMER, { recursive: true, force: true });
    mkdirSync(join(CONSUMER, 'node_modules'), { recursive: true });
    symlinkSync(ROOT, join(CONSUMER, 'node_modules/course-widgets'), 'junction');
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
      join(CONSUMER, 'tsconfig.json'),
      JSON.stringify({ compilerOptions, files: Object.keys(files) }, null, 2),
    );
    for (const [name, text] of Object.entries(files)) {
      if (!/^[\w.-]+\.tsx?$/.test(name)) throw new Error(`bad consumer file name ${name}`);
      writeFileSync(join(CONSUMER, name), text);
    }
    try {
      const output = await run(
        process.execPath,
        [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', CONSUMER],
        { capture: true },
      );
      return { code: 0, output };
    } catch (e) {
      return { code: 1, output: String(e.message) };
    }
  });
  consumerRuns = job.catch(() => {});
  consumerResults.set(key, job);
  return job;
}

/**
 * Test files that read dist/: the package tests, the hardening tests that load the CDN
 * script, and the builder's that do (the built page, and a pasted snippet with the CDN script).
 */
const READS_DIST = /^(\.\/)?(test\/)?\*\*|package|hardening|builder\/(\*|page|publish)/;

export function packageCommandsPlugin() {
  return {
    name: 'course-widgets-package-commands',
    // A run that includes tests reading dist/ builds it (when stale) before any browser test
    // starts, so the build's minute on a busy machine never counts against a test file's time.
    async serverStart() {
      const patterns = process.env.TEST_FILES?.split(',').filter(Boolean) ?? ['test/**'];
      if (patterns.some((pattern) => READS_DIST.test(pattern))) await ensureBuilt();
    },
    async executeCommand({ command, payload }) {
      switch (command) {
        case 'package:build':
          return ensureBuilt();
        case 'package:pack':
          return packList();
        case 'package:json':
          return readJson('package.json');
        case 'package:manifest':
          await ensureBuilt();
          return readJson('custom-elements.json');
        case 'package:read':
          return { text: await readPacked(String(payload?.path)) };
        case 'package:bundle':
          return bundle(String(payload?.path));
        case 'package:consumer-types':
          return consumerTypes(payload?.files ?? {});
        default:
          return undefined;
      }
    },
  };
}
