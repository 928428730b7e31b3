// The `course-widgets` command as a user gets it: dist/ built (scripts/build.mjs
// --if-needed), `npm pack` into a scratch folder, and that tarball installed with npm into a
// fresh project (offline: the dependencies come from npm's cache, as `npm ci` left them).
// The CLI tests run node_modules/.bin/course-widgets from there, never dist/ directly.
//
// installPackedCli() does the heavy work once per build (the install is kept under
// node_modules/.cache/course-widgets/cli-install/, keyed by the build's input hash). It runs
// before the browser tests start, from test/package/prepare.mjs (the first step of
// `npm test`) when the run includes test/cli/; the server commands in ./commands.mjs only
// look the install up with installedCli(), so no test command builds, packs or installs.
// Run directly (`node test/cli/install.mjs`) it installs and prints the binary's path.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HOME = join(ROOT, 'node_modules/.cache/course-widgets/cli-install');

function run(cmd, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${out}`)),
    );
  });
}

// npm sets npm_execpath for scripts it runs; outside npm, `npm` on PATH.
const npm = (args, cwd) =>
  process.env.npm_execpath?.endsWith('.js')
    ? run(process.execPath, [process.env.npm_execpath, ...args], cwd)
    : run(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, cwd);

let installing;

const NOT_PREPARED =
  'The CLI tests run the binary test/package/prepare.mjs installs from the packed tarball: ' +
  'run them with `npm test`, or run `node test/package/prepare.mjs` first.';

/** Where this build's install lives (by the build's input hash), installed or not. */
async function installPaths() {
  const { inputsHash } = await import('../../scripts/build.mjs');
  const project = join(HOME, inputsHash().slice(0, 16));
  return {
    project,
    bin: join(project, 'node_modules/.bin/course-widgets'),
    done: join(project, 'installed'),
  };
}

/** The installed binary of the current build: { bin, project, tarball }; throws when absent. */
export async function installedCli() {
  const { bin, project, done } = await installPaths();
  if (!existsSync(done)) throw new Error(NOT_PREPARED);
  return { bin, project, tarball: readFileSync(done, 'utf8') };
}

/**
 * Builds if stale, packs and installs; resolves to { bin, project, tarball, installed }
 * (`installed`: false when the install of this build already existed). `tarball`: an
 * existing `npm pack` output to install instead of packing here.
 */
export function installPackedCli({ tarball } = {}) {
  return (installing ??= (async () => {
    const { ensureBuilt } = await import('../../scripts/build.mjs');
    ensureBuilt();
    const { bin, project, done } = await installPaths();
    if (existsSync(done))
      return { bin, project, tarball: readFileSync(done, 'utf8'), installed: false };
    // Older installs (other builds) go.
    if (existsSync(HOME))
      for (const name of readdirSync(HOME))
        rmSync(join(HOME, name), { recursive: true, force: true });
    mkdirSync(project, { recursive: true });
    let packed = tarball;
    if (!packed) {
      // --ignore-scripts: no prepack build, the build above is current.
      const out = await npm(
        ['pack', '--ignore-scripts', '--json', '--pack-destination', project],
        ROOT,
      );
      packed = join(project, JSON.parse(out.slice(out.indexOf('[')))[0].filename);
    }
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'cli-install', private: true }, null, 2),
    );
    await npm(
      [
        'install',
        '--offline',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--no-package-lock',
        packed,
      ],
      project,
    );
    if (!existsSync(bin)) throw new Error(`npm installed no course-widgets binary in ${project}`);
    writeFileSync(done, packed);
    return { bin, project, tarball: packed, installed: true };
  })());
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') {
  installPackedCli().then(
    ({ bin }) => console.log(bin),
    (error) => {
      console.error(String(error.message ?? error));
      process.exit(1);
    },
  );
}
