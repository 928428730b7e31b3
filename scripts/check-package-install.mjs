// `node scripts/check-package-install.mjs [--lit=3.2.1] [--task=1.0.3]`: the packed package
// installed into a fresh app that already depends on an older lit, as a site would. Checks:
//   1. `npm pack` on a fresh build does not rebuild (prepack is `build.mjs --if-needed`);
//   2. `npm ls lit` in the app shows one copy of lit (and of @lit/reactive-element, lit-html):
//      the package's caret ranges accept the app's version instead of bringing their own;
//   3. the elements render in headless Chromium on that lit (import map onto the app's
//      node_modules: no bundler involved), so the range's floor is real.
// Network and npm work (about 10-40 s): run it before the browser tests, as .ci/run does; it
// is not a test-runner test. Exits 1 when a check fails.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launchChrome, newPage } from './demo-browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const LIT = arg('lit', '3.2.1');
const TASK = arg('task', '');

const exec = promisify(execFile);
const npmCli = process.env.npm_execpath?.endsWith('.js') ? process.env.npm_execpath : undefined;
const npm = (args, cwd) =>
  npmCli
    ? exec(process.execPath, [npmCli, ...args], { cwd, maxBuffer: 1 << 24 })
    : exec('npm', args, { cwd, maxBuffer: 1 << 24 });

const problems = [];
const step = (name, started) =>
  console.log(`${name}: ${((Date.now() - started) / 1000).toFixed(1)} s`);

/** The installed copies of `name` (`npm ls --parseable` prints one path per copy) with versions. */
async function copiesOf(name, dir) {
  const { stdout } = await npm(['ls', name, '--all', '--parseable'], dir);
  const paths = [...new Set(stdout.split('\n').filter((p) => p.endsWith(`node_modules/${name}`)))];
  return paths.map((p) => JSON.parse(readFileSync(join(p, 'package.json'), 'utf8')).version);
}

const MIME = { '.js': 'text/javascript', '.html': 'text/html', '.json': 'application/json' };
function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!path.startsWith(dir)) return res.writeHead(403).end();
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'text/plain' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, () => resolve(server)));
}

/** Bare specifiers onto the app's node_modules, the way a bundler would resolve them. */
const IMPORTS = Object.fromEntries(
  ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/task'].flatMap((pkg) => [
    [`${pkg}/`, `/node_modules/${pkg}/`],
  ]),
);
Object.assign(IMPORTS, {
  lit: '/node_modules/lit/index.js',
  'lit-html': '/node_modules/lit-html/lit-html.js',
  '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
  '@lit/task': '/node_modules/@lit/task/index.js',
  'course-widgets/define': '/node_modules/course-widgets/dist/define.js',
});

const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8">
<script type="importmap">${JSON.stringify({ imports: IMPORTS })}</script>
<script type="module" src="/node_modules/course-widgets/dist/define.js"></script>
<register-button href="https://example.org/register" now="2021-09-01T00:00:00Z"
  closes="2021-09-02T00:00:00Z" course-title="Fall Workshop"></register-button>
<countdown-timer to="2021-09-02T00:00:00Z" now="2021-09-01T00:00:00Z" label="Starts"></countdown-timer>`;

const dir = mkdtempSync(join(tmpdir(), 'course-widgets-app-'));
let server;
let browser;
try {
  let started = Date.now();
  const { stdout, stderr } = await npm(['pack', '--json', '--pack-destination', dir], ROOT);
  step('npm pack', started);
  const output = `${stdout}\n${stderr}`;
  if (!/build: up to date/.test(output) || /rollup:/.test(output))
    problems.push(`npm pack rebuilt a fresh build:\n${output.slice(0, 600)}`);
  const [{ filename }] = JSON.parse(stdout.slice(stdout.search(/^\[\s*$/m)));

  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'lit-app', private: true, type: 'module' }, null, 2),
  );
  started = Date.now();
  const install = [`lit@${LIT}`, join(dir, filename), ...(TASK ? [`@lit/task@${TASK}`] : [])];
  await npm(['install', '--no-audit', '--no-fund', '--save-exact', ...install], dir);
  step(`npm install lit@${LIT} + the tarball`, started);

  console.log((await npm(['ls', 'lit'], dir)).stdout.trim());
  for (const name of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/task']) {
    const versions = await copiesOf(name, dir);
    console.log(`copies of ${name}: ${versions.join(', ')}`);
    if (versions.length !== 1) problems.push(`${versions.length} copies of ${name}: ${versions}`);
  }
  if ((await copiesOf('lit', dir))[0] !== LIT) problems.push(`lit is not the app's ${LIT}`);

  writeFileSync(join(dir, 'index.html'), PAGE);
  server = await serve(dir);
  browser = await launchChrome();
  const page = await newPage(browser, { timeZone: 'America/New_York' });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://localhost:${server.address().port}/index.html`);
  const texts = await page
    .waitForFunction(
      () => {
        const read = (tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '';
        const all = [read('register-button'), read('countdown-timer')];
        return all.every((t) => t.trim()) && all;
      },
      { timeout: 15_000 },
    )
    .then((handle) => handle.jsonValue())
    .catch(() => ['', '']);
  const [register, countdown] = texts.map((t) => t.replace(/\s+/g, ' ').trim());
  console.log(`rendered on lit ${LIT}: "${register.slice(0, 60)}" / "${countdown.slice(0, 40)}"`);
  if (!register.includes('Register for Fall Workshop'))
    problems.push(`register-button shows "${register}"`);
  if (!countdown.includes('Starts')) problems.push(`countdown-timer shows "${countdown}"`);
  problems.push(...errors);
} catch (e) {
  problems.push(String(e.stack ?? e));
} finally {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
}
if (problems.length) {
  console.log(`package install check FAILED\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log(`package install check: one lit (${LIT}), elements render on it`);
