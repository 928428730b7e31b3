// `npm run build`: a clean dist/ from rollup (npm modules + CDN scripts), then the
// custom-elements manifest. `--if-needed` skips the work when nothing that feeds the build
// changed since the last one (a content hash, so a fresh checkout's timestamps do not
// matter): `npm run size` and the package tests use that, so `npm ci && npm test` works on
// a fresh clone and a second run does not rebuild.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INPUTS = [
  'src',
  'rollup.config.mjs',
  'scripts/locale-bundles.mjs',
  'rollup.builder.config.mjs',
  'rollup.cli.config.mjs',
  'tsconfig.json',
  'tsconfig.build.json',
  'tsconfig.cli.json',
  'custom-elements-manifest.config.mjs',
  'package.json',
  'course.schema.json',
];
const OUTPUTS = [
  'dist/index.js',
  'dist/cdn/course-widgets.js',
  'dist/cdn/course-widgets.iife.js',
  'dist/cdn/locales/ko.js',
  'dist/cdn/structured-data.js',
  'dist/locales/ko.js',
  'dist/builder/builder.js',
  'dist/cli/course-widgets.js',
  'custom-elements.json',
];
// Outside dist/ so it never reaches the package.
const STAMP = join(ROOT, 'node_modules/.cache/course-widgets/build-inputs.sha256');

function files(path) {
  const abs = join(ROOT, path);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [path];
  return readdirSync(abs)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** A hash of every file that feeds the build, names included (a deleted file counts). */
export function inputsHash() {
  const hash = createHash('sha256');
  for (const f of INPUTS.flatMap(files))
    hash
      .update(`${f.replaceAll('\\', '/')}\0`)
      .update(readFileSync(join(ROOT, f)))
      .update('\0');
  return hash.digest('hex');
}

export function isFresh() {
  return (
    OUTPUTS.every((f) => existsSync(join(ROOT, f))) &&
    existsSync(STAMP) &&
    readFileSync(STAMP, 'utf8') === inputsHash()
  );
}

function run(label, script, args, env = {}) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(ROOT, script), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status ?? r.signal})`);
  console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Builds into scratch folders beside dist/ and swaps them in at the end: whoever reads
 * dist/ or custom-elements.json meanwhile (a test run in this checkout) sees the old build
 * or the new one, never half of one, and a failed build leaves the old one in place.
 */
export function build() {
  const hash = inputsHash();
  const partial = `dist.partial-${process.pid}`;
  const old = join(ROOT, `dist.old-${process.pid}`);
  rmSync(join(ROOT, partial), { recursive: true, force: true });
  try {
    run('rollup', 'node_modules/rollup/dist/bin/rollup', ['-c', '--silent'], {
      COURSE_WIDGETS_OUT_DIR: partial,
    });
    // The course builder page (dist/builder/): its own config, so the widget builds stay apart.
    run(
      'builder',
      'node_modules/rollup/dist/bin/rollup',
      ['-c', 'rollup.builder.config.mjs', '--silent'],
      {
        COURSE_WIDGETS_OUT_DIR: partial,
      },
    );
    // The `course-widgets` command: one bundled file, executable (package.json "bin").
    run(
      'rollup cli',
      'node_modules/rollup/dist/bin/rollup',
      ['-c', 'rollup.cli.config.mjs', '--silent'],
      {
        COURSE_WIDGETS_OUT_DIR: partial,
      },
    );
    chmodSync(join(ROOT, partial, 'cli/course-widgets.js'), 0o755);
    run('manifest', 'node_modules/@custom-elements-manifest/analyzer/cem.js', [
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--outdir',
      partial,
    ]);
    renameSync(join(ROOT, partial, 'custom-elements.json'), join(ROOT, 'custom-elements.json'));
    if (existsSync(join(ROOT, 'dist'))) renameSync(join(ROOT, 'dist'), old);
    renameSync(join(ROOT, partial), join(ROOT, 'dist'));
  } finally {
    rmSync(join(ROOT, partial), { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, hash);
}

const LOCK = join(ROOT, 'node_modules/.cache/course-widgets/build.lock');
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Runs `fn` while holding a lock directory, so two processes in one checkout (a test run and
 * `npm run size`, say) never build into dist/ at once. A lock older than 10 minutes is a
 * leftover of a killed build and is taken over.
 */
function withLock(fn) {
  mkdirSync(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > 600_000)
          rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      sleep(250);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Build unless the outputs already match the current inputs. Returns whether it built. */
export function ensureBuilt() {
  if (isFresh()) return false;
  return withLock(() => {
    // Another process may have built while this one waited.
    if (isFresh()) return false;
    build();
    return true;
  });
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  try {
    if (process.argv.includes('--if-needed')) {
      if (!ensureBuilt()) console.log('build: up to date');
    } else withLock(build);
  } catch (e) {
    console.error(String(e.message ?? e));
    process.exit(1);
  }
}
