// Server commands for test/package/*.test.ts: the package tests check the built package
// (dist/, the manifest, what `npm pack` would publish) from the browser, where the rest of
// the suite runs, so `npm test` keeps one runner and one count line.
//
// The heavy work (build, `npm pack`, bundling, tsc) is done before the runner starts, by
// test/package/prepare.mjs (the first step of `npm test`); these commands only read its
// results and files, so each answers at once, whatever the machine's load.
//
//   package:build                  -> { built: boolean }  whether prepare.mjs had to build
//   package:pack                   -> [{ path, size }]  `npm pack --dry-run` (no scripts run)
//   package:json                   -> package.json
//   package:manifest               -> custom-elements.json
//   package:read { path }          -> text of a file that is in the pack (or null)
//   package:bundle { path }        -> { modules, foreign, gzip }  that dist/ module bundled like a
//                                     user's bundler would (scripts/bundle-entry.mjs), module paths
//                                     relative to the repo; `foreign`: other elements' modules
//                                     that should not be in it (bundle-entry.mjs foreignModules)
//   package:consumer-types         -> { code, output, files }  tsc (strict, bundler resolution,
//                                     react-jsx, no skipLibCheck) over a consumer app (`files`)
//                                     that imports 'course-widgets', resolved through
//                                     package.json `exports` to the built .d.ts
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESULTS } from './prepare.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const readJson = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

const NOT_PREPARED =
  'The package tests read what test/package/prepare.mjs builds, packs and compiles: ' +
  'run them with `npm test`, or run `node test/package/prepare.mjs` first.';

let prepared;
/** prepare.mjs's results, read once per test run (and refused when the sources changed since). */
async function results() {
  if (!prepared) {
    const { inputsHash } = await import('../../scripts/build.mjs');
    if (!existsSync(RESULTS)) throw new Error(NOT_PREPARED);
    const read = JSON.parse(readFileSync(RESULTS, 'utf8'));
    if (read.inputs !== inputsHash())
      throw new Error(`The sources changed since the last preparation. ${NOT_PREPARED}`);
    prepared = read;
  }
  return prepared;
}

async function readPacked(path) {
  if (!(await results()).pack.some((file) => file.path === path)) return null;
  return readFileSync(join(ROOT, path), 'utf8');
}

async function bundle(path) {
  const found = (await results()).bundles[path];
  if (!found) throw new Error(`${path} is not among the entries prepare.mjs bundles`);
  return found;
}

export function packageCommandsPlugin() {
  return {
    name: 'course-widgets-package-commands',
    async executeCommand({ command, payload }) {
      switch (command) {
        case 'package:build':
          return { built: (await results()).built };
        case 'package:pack':
          return (await results()).pack;
        case 'package:json':
          return readJson('package.json');
        case 'package:manifest':
          return readJson('custom-elements.json');
        case 'package:read':
          return { text: await readPacked(String(payload?.path)) };
        case 'package:bundle':
          return bundle(String(payload?.path));
        case 'package:consumer-types':
          return (await results()).consumer;
        default:
          return undefined;
      }
    },
  };
}
