// `npm run size`: min+gzip (and brotli) sizes of what visitors download, against the ceilings
// CI enforces; then where the CDN script's bytes come from.
//
//   cdn (all four)   dist/cdn/course-widgets.js, the <script type="module"> build
//   cdn iife         dist/cdn/course-widgets.iife.js, the classic <script src> build
//   <tag>            `import 'course-widgets/<tag>/define'` bundled as a user's bundler would,
//                    lit included, minified the same way
//   cdn structured-data
//                    dist/cdn/structured-data.js, the schema.org writer, fetched only by a
//                    <course-schedule structured-data>
//   locales/<code>   each UI language's CDN file (dist/cdn/locales/<code>.js), plain data,
//                    fetched only by pages in that language
//
// Builds first when dist/ is stale. Exits 1 when any size is past its ceiling, or when a
// single-element bundle contains another element's code.
//
// CEILING is what CI enforces: the measured size plus a small margin, so growth fails CI.
// Lower a ceiling whenever a change shrinks the bundle; raise one only in a commit that says
// what bought the bytes. The source is never shortened for bytes: the build minifies.
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ensureBuilt, ROOT } from './build.mjs';
import { bundleEntry, foreignModules } from './bundle-entry.mjs';
import { LOCALE_BUDGET, measureLocales } from './locale-bundles.mjs';

const TAGS = ['course-schedule', 'session-card', 'register-button', 'countdown-timer'];

/**
 * Bytes of min+gzip that CI allows: the measured size plus about 0.1-0.25 kB of room.
 * Measured after the readable element layer and the whole-course fixes: cdn 28,628 B, iife
 * 28,666 B, schedule 24,160 B, card 23,081 B, button 20,304 B, countdown 20,314 B; then with
 * issue 11 (colours by the page's color-scheme, the print stylesheet, the localised error
 * hints, 'malformed'): cdn 29,567 B, iife 29,603 B, schedule 25,080 B, card 23,877 B, button
 * 20,656 B, countdown 20,682 B. The shared core (course parser, loader, time, controllers,
 * base element: about 12 kB, with lit's 5.4 kB and @lit/task's 0.6 kB on top) is most of
 * every bundle; see the breakdown this script prints.
 * Issue 13 (languages on demand) raised the single-element ceilings: a bundler's build now
 * holds the language registry and loader, with one `import()` per language, and Rollup splits
 * it into an entry facade and a shared chunk (about +650 B each).
 */
/**
 * The CDN scripts just before issue 13 (twelve languages) landed, built the same way: the
 * issue lets the English-only script grow by at most 300 B min+gzip, which is its ceiling.
 * Each language module it loads on demand is held to `LOCALE_BUDGET` (1.5 kB) on its own.
 */
const BEFORE_LANGUAGES = { 'cdn (all four)': 29_609, 'cdn iife': 29_656 };

export const LIMITS = {
  // Issue 12 (the builder and the command) left these ceilings as they were: its opt-in
  // `structured-data` attribute on <course-schedule> loads the JSON-LD writer (2.3 kB
  // gz) only when a page sets it, from cdn/structured-data.js or a bundler's chunk. What
  // stays up front (the attribute, the loader, the async write) measured +285 B: cdn 29,439
  // -> 29,724 B, iife 29,489 -> 29,771 B, schedule 25,492 -> 25,786 B.
  'cdn (all four)': { ceiling: BEFORE_LANGUAGES['cdn (all four)'] + 300 },
  'cdn iife': { ceiling: BEFORE_LANGUAGES['cdn iife'] + 300 },
  'course-schedule': { ceiling: 26_000 },
  // Fetched only by a <course-schedule structured-data> on a CDN page: the writer and the
  // zone arithmetic it needs for offsets, measured 2,265 B.
  'cdn structured-data': { ceiling: 2_400 },
  'session-card': { ceiling: 24_800 },
  'register-button': { ceiling: 21_550 },
  'countdown-timer': { ceiling: 21_600 },
};

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) =>
  brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (n) => (n === undefined ? '-' : `${(n / 1000).toFixed(1)} kB`);

function measure(name, code) {
  const buf = Buffer.from(code);
  return { name, min: buf.length, gz: gz(buf), br: br(buf), ...LIMITS[name] };
}

// --- source-map attribution: which source file each byte of minified output came from ----
const B64 = Object.fromEntries(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]),
);

function decodeVlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = B64[c];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/**
 * Bytes of `code` per source, from its source map (v3 `mappings`). A generated line with no
 * mapping of its own (the rest of a multi-line css`` or html`` template) belongs to the
 * source whose segment it continues.
 */
export function bytesBySource(code, map) {
  const lines = code.split('\n');
  const totals = new Map();
  const add = (source, n) => totals.set(source, (totals.get(source) ?? 0) + n);
  let sourceIndex = 0;
  let current = '(banner)';
  map.mappings.split(';').forEach((line, i) => {
    const length = (lines[i] ?? '').length + 1;
    let col = 0;
    const segs = [];
    for (const s of line ? line.split(',') : []) {
      const f = decodeVlq(s);
      col += f[0];
      // The source index is relative to the previous segment's, across lines; the column resets per line.
      if (f.length >= 4) sourceIndex += f[1];
      segs.push({ col, source: f.length >= 4 ? map.sources[sourceIndex] : current });
    }
    if (segs.length === 0) return add(current, length);
    add(current, segs[0].col);
    segs.forEach((s, j) => {
      add(s.source, (j + 1 < segs.length ? segs[j + 1].col : length) - s.col);
      current = s.source;
    });
  });
  return totals;
}

/** `node_modules/lit-html/lit-html.js` -> `lit-html`; `src/core/time/format.ts` stays a path. */
function owner(source) {
  const s = source.split(sep).join('/');
  const nm = s.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = s.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const src = s.indexOf('src/');
  return src >= 0 ? s.slice(src) : s;
}

function group(path) {
  if (!path.startsWith('src/'))
    return path === '(banner)'
      ? '(banner comment)'
      : `lit runtime (${path})`.replace(
          /lit runtime \((lit|lit-html|lit-element|@lit\/reactive-element)\)/,
          'lit runtime',
        );
  const parts = path.split('/');
  if (parts[1] === 'components') return `src/components/${parts[2]}`;
  if (parts[1] === 'core') return `src/core/${parts[2].replace(/\.ts$/, '')}`;
  return `src/${parts[1].replace(/\.ts$/, '')}`;
}

function breakdown(code, map, totalGz) {
  const bySource = new Map();
  for (const [source, n] of bytesBySource(code, map))
    bySource.set(owner(source), (bySource.get(owner(source)) ?? 0) + n);
  const total = [...bySource.values()].reduce((a, b) => a + b, 0);
  const row = (name, n) =>
    `  ${name.padEnd(52)} ${String(n).padStart(7)} B  ${((100 * n) / total).toFixed(1).padStart(5)}%  ${('~' + kB((totalGz * n) / total)).padStart(9)}`;
  const groups = new Map();
  for (const [path, n] of bySource) groups.set(group(path), (groups.get(group(path)) ?? 0) + n);
  console.log(
    "\nWhere the CDN script's bytes come from (minified bytes by source map; gzip share estimated pro rata):",
  );
  console.log(
    `  ${'by area'.padEnd(52)} ${'min'.padStart(9)}  ${'share'.padStart(6)}  ${'~gzip'.padStart(9)}`,
  );
  for (const [name, n] of [...groups].sort((a, b) => b[1] - a[1])) console.log(row(name, n));
  console.log(`\n  ${'top files'.padEnd(52)}`);
  for (const [name, n] of [...bySource].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(row(name, n));
}

async function main() {
  if (ensureBuilt()) console.log('');
  const dist = join(ROOT, 'dist');
  const esm = readFileSync(join(dist, 'cdn/course-widgets.js'), 'utf8');
  const iife = readFileSync(join(dist, 'cdn/course-widgets.iife.js'), 'utf8');
  const rows = [measure('cdn (all four)', esm), measure('cdn iife', iife)];
  const problems = [];

  for (const tag of TAGS) {
    const input = join(dist, `components/${tag}/define.js`);
    let result;
    try {
      result = await bundleEntry(input);
    } catch (e) {
      problems.push(`${tag}: cannot bundle ${relative(ROOT, input)} (${e.message.split('\n')[0]})`);
      continue;
    }
    const paths = result.modules.map((id) => relative(ROOT, id).split(sep).join('/'));
    const foreign = foreignModules(tag, paths);
    if (foreign.length)
      problems.push(
        `${tag}: its single-element bundle contains other elements' code: ${foreign.join(', ')}`,
      );
    rows.push(measure(tag, result.code));
  }
  rows.push(
    measure('cdn structured-data', readFileSync(join(dist, 'cdn/structured-data.js'), 'utf8')),
  );

  for (const locale of await measureLocales())
    rows.push({
      name: `locales/${locale.code}`,
      ...locale,
      ceiling: LOCALE_BUDGET,
    });

  console.log('Sizes (1 kB = 1,000 bytes; min = minified, lit included)\n');
  const head = ['', 'min', 'min+gzip', 'min+brotli', 'CI ceiling (gzip)', 'room', ''];
  const table = rows.map((r) => {
    const over = r.ceiling !== undefined && r.gz > r.ceiling;
    if (over)
      problems.push(`${r.name}: ${r.gz} B min+gzip is past the CI ceiling of ${r.ceiling} B`);
    const status = over ? 'FAIL: over ceiling' : 'ok';
    return [
      r.name,
      kB(r.min),
      `${kB(r.gz)} (${r.gz} B)`,
      kB(r.br),
      kB(r.ceiling),
      r.ceiling === undefined ? '-' : `${r.ceiling - r.gz} B`,
      status,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i].length)));
  const line = (cells) =>
    '  ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ');
  console.log(line(head));
  for (const r of table) console.log(line(r));

  const map = JSON.parse(readFileSync(join(dist, 'cdn/course-widgets.js.map'), 'utf8'));
  breakdown(esm, map, rows[0].gz);

  if (problems.length) {
    console.error(`\nsize check failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\nsize check passed: every bundle is within its CI ceiling.');
}

await main();
