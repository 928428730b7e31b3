// `npm run build`: a clean dist/ from rollup (npm modules + CDN scripts), then the
// custom-elements manifest. `--if-needed` skips the work when nothing that feeds the build
// changed since the last one (a content hash, so a fresh checkout's timestamps do not
// matter): `npm run size` and the package tests use that, so `npm ci && npm test` works on
// a fresh clone and a second run does not rebuild.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const INPUTS = ['src', 'rollup.config.mjs', 'tsconfig.json', 'tsconfig.build.json', 'custom-elements-manifest.config.mjs', 'package.json', 'course.schema.json'];
const OUTPUTS = ['dist/index.js', 'dist/cdn/course-widgets.js', 'dist/cdn/course-widgets.iife.js', 'custom-elements.json'];
// Outside dist/ so it never reaches the package.
const STAMP = join(ROOT, 'node_modules/.cache/course-widgets/build-inputs.sha256');

function files(path) {
  const abs = join(ROOT, path);
  if (!existsSync(abs)) return [];
  if (!statSync(abs).isDirectory()) return [path];
  return readdirSync(abs).sort().flatMap((name) => files(join(path, name)));
}

/** A hash of every file that feeds the build, names included (a deleted file counts). */
export function inputsHash() {
  const hash = createHash('sha256');
  for (const f of INPUTS.flatMap(files)) hash.update(`${f.replaceAll('\\', '/')}\0`).update(readFileSync(join(ROOT, f))).update('\0');
  return hash.digest('hex');
}

export function isFresh() {
  return OUTPUTS.every((f) => existsSync(join(ROOT, f))) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === inputsHash();
}

function run(label, script, args) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status ?? r.signal})`);
  console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export function build() {
  const hash = inputsHash();
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  run('rollup', 'node_modules/rollup/dist/bin/rollup', ['-c', '--silent']);
  run('manifest', 'node_modules/@custom-elements-manifest/analyzer/cem.js', ['analyze', '--config', 'custom-elements-manifest.config.mjs']);
  mkdirSync(dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, hash);
}

/** Build unless the outputs already match the current inputs. Returns whether it built. */
export function ensureBuilt() {
  if (isFresh()) return false;
  build();
  return true;
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  try {
    if (process.argv.includes('--if-needed')) {
      if (!ensureBuilt()) console.log('build: up to date');
    } else build();
  } catch (e) {
    console.error(String(e.message ?? e));
    process.exit(1);
  }
}
