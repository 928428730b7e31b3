// `npm run bench`: how fast the built CDN script is in headless Chromium, beside what the
// browser can do at best, printed as tables. Figures, not a test: it fails only when
// something crashes, or when the baseline no longer renders what the element renders (then
// the comparison means nothing: scripts/bench/vanilla.js needs the element's new markup).
// Takes about a minute and a half, plus a build when dist/ is stale.
//
//   1. Data to painted frame, 10 / 100 / 1,000 sessions: <course-schedule> against a
//      hand-written vanilla-DOM page rendering the same content with the same CSS
//      (scripts/bench/vanilla.js; the bench first checks both shadow trees are identical).
//      Median of --runs cold page loads each, interleaved, after one warm-up load each.
//   2. Intl constructions during a cold 1,000-session render, and heap per session.
//   3. Main-thread time over 10 s for 200 <countdown-timer> beside 200 static elements,
//      seconds and minute mode, against the same page with no countdowns and against
//      hand-written countdowns on one shared ticker and on 200 intervals; timers per second.
//   4. Sizes: the `npm run size` figures (that script is run as is).
//
// Options: --runs N (default 9), --window S (countdown window, default 10 s),
//          --only render,intl,countdown,size   --json FILE (all figures, machine-readable)
//          --only same: only the check that the baseline renders what the element renders (a
//          few seconds; CI runs it with `size`, so the bench cannot break unseen)
// The pages live in scripts/bench/; the CDN build is made first when stale.
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import { extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bundleEntry } from './bundle-entry.mjs';
import { launchChrome, newPage } from './demo-browser.mjs';
import { ensureCdnBuild } from './serve-demo.mjs';
import { syntheticCourse } from './bench/course.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH = join(ROOT, 'scripts/bench');
const CDN = join(ROOT, 'dist/cdn');

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' },
    window: { type: 'string', default: '10' },
    only: { type: 'string', default: 'render,intl,countdown,size' },
    json: { type: 'string' },
  },
});
const RUNS = Math.max(1, Number(opts.runs) || 9);
const WINDOW_S = Math.max(2, Number(opts.window) || 10);
const ONLY = new Set(opts.only.split(','));
const SIZES = [10, 100, 1000];
const VISITOR_ZONE = 'America/Los_Angeles'; // the organiser is in New York: both time lines show
const TARGET = { ratio: 1.5, intl: 10 };
/** Size goals in bytes of min+gzip, by `npm run size` row. */
const SIZE_GOALS = { 'cdn (all four)': 27_600, 'register-button': 19_900 };
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

// --- output ------------------------------------------------------------------------------
const results = {};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
function table(head, rows) {
  const cells = [head, ...rows].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) =>
    '  ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ');
  console.log(line(cells[0]));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('   '));
  for (const r of cells.slice(1)) console.log(line(r));
}
const section = (title) => console.log(`\n${title}\n`);

// --- a small static server: the CDN build, the bench pages, synthetic data, the parser ------
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
};
const dataCache = new Map();
let parserBundle;

async function handle(req, res) {
  const { pathname } = new URL(req.url, 'http://localhost');
  const send = (status, body, type = 'text/plain') => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  const data = /^\/data\/(\d+)\.json$/.exec(pathname);
  if (data) {
    const n = Number(data[1]);
    if (!dataCache.has(n)) dataCache.set(n, JSON.stringify(syntheticCourse(n)));
    return send(200, dataCache.get(n), TYPES['.json']);
  }
  if (pathname === '/parse.js') {
    // parseCourse on its own, from the npm build, bundled the way `npm run size` bundles.
    parserBundle ??= bundleEntry(join(ROOT, 'dist/core/course/parse.js')).then((b) => b.code);
    return send(200, await parserBundle, TYPES['.js']);
  }
  const [dir, rest] = pathname.startsWith('/cdn/')
    ? [CDN, pathname.slice(5)]
    : pathname.startsWith('/bench/')
      ? [BENCH, pathname.slice(7)]
      : [];
  const path = dir && normalize(join(dir, decodeURIComponent(rest)));
  if (!path || relative(dir, path).startsWith('..')) return send(404, 'Not found');
  try {
    return send(200, await readFile(path), TYPES[extname(path)] ?? 'application/octet-stream');
  } catch {
    return send(404, 'Not found');
  }
}

function serve() {
  const server = createServer((req, res) =>
    handle(req, res).catch((e) => (console.error(e), res.destroy())),
  );
  const close = () => new Promise((r) => (server.closeAllConnections(), server.close(r)));
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}/`, close }),
    ),
  );
}

// --- 1 and 2: rendering ---------------------------------------------------------------------
async function openRender(page, base, impl, n, { count = false } = {}) {
  const errors = [];
  const onError = (e) => errors.push(e.message);
  page.on('pageerror', onError);
  await page.goto(`${base}bench/render.html${count ? '?count' : ''}`, { waitUntil: 'load' });
  await page.evaluate((impl, n) => window.bench.prepare(impl, n), impl, n);
  page.off('pageerror', onError);
  if (errors.length) throw new Error(`the bench page threw: ${errors.join('; ')}`);
}

async function renderBench(browser, base) {
  const page = await newPage(browser, { timeZone: VISITOR_ZONE });

  section(
    'Same content: <course-schedule> and the hand-written baseline, shadow trees compared (attributes sorted, Lit markers left out)',
  );
  const rows = [];
  for (const n of SIZES) {
    await page.goto(`${base}bench/render.html`, { waitUntil: 'load' });
    const r = await page.evaluate((n) => window.bench.compare(n), n);
    if (!r.same) {
      // Both whole trees, for a diff: the excerpt shows only the first difference.
      const written = ['element', 'baseline'].map((name) =>
        join(os.tmpdir(), `course-widgets-bench-${n}-${name}.txt`),
      );
      await writeFile(written[0], r.element);
      await writeFile(written[1], r.baseline);
      console.log(
        `  ${n} sessions: DIFFERENT at line ${r.at}\n  element:\n${r.lib}\n  baseline:\n${r.vanilla}`,
      );
      console.log(`\n  Whole trees: diff ${written.join(' ')}`);
      console.log(
        '\n  The baseline no longer renders what the element renders: times not compared (update scripts/bench/vanilla.js).',
      );
      results.sameContent = false;
      return page.browserContext().close();
    }
    rows.push([n, r.sessions, r.times, r.nodes, 'identical']);
  }
  table(['sessions', 'shown', '<time datetime>', 'elements', 'shadow trees'], rows);
  results.sameContent = true;
  if (!ONLY.has('render')) return page.browserContext().close();

  section(
    `Data to painted frame (ms, median of ${RUNS} cold page loads each, interleaved; one warm-up load each first)`,
  );
  const time = {};
  const session = await page.createCDPSession();
  await session.send('Performance.enable');
  const cpuNow = async () =>
    (await session.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')
      .value * 1000;
  for (const n of SIZES) {
    time[n] = { lib: [], vanilla: [], libCpu: [], vanillaCpu: [], parse: [] };
    for (let run = -1; run < RUNS; run++) {
      for (const impl of ['lib', 'vanilla']) {
        await openRender(page, base, impl, n);
        const cpu0 = await cpuNow();
        const r = await page.evaluate(() => window.bench.render());
        const cpu = (await cpuNow()) - cpu0;
        if (run < 0) continue;
        time[n][impl].push(r.ms);
        if (r.frames > 1) time[n].lateFrames = (time[n].lateFrames ?? 0) + 1;
        time[n][`${impl}Cpu`].push(cpu);
        if (impl === 'lib') time[n].parse.push(await page.evaluate(() => window.bench.parseOnly()));
      }
    }
  }
  await session.detach();
  const out = SIZES.map((n) => {
    const t = time[n];
    const [lib, vanilla, parse, libCpu, vanillaCpu] = [
      t.lib,
      t.vanilla,
      t.parse,
      t.libCpu,
      t.vanillaCpu,
    ].map(median);
    return {
      n,
      lib,
      vanilla,
      ratio: lib / vanilla,
      parse,
      ratioWithoutParse: (lib - parse) / vanilla,
      libCpu,
      vanillaCpu,
      ratioCpu: libCpu / vanillaCpu,
      spread: [
        Math.min(...t.lib),
        Math.max(...t.lib),
        Math.min(...t.vanilla),
        Math.max(...t.vanilla),
      ],
      runs: t,
    };
  });
  table(
    [
      'sessions',
      '<course-schedule>',
      '(min-max)',
      'baseline',
      '(min-max)',
      'ratio',
      'target',
      'parseCourse alone',
      'ratio w/o parse',
      'CPU: element',
      'baseline',
      'ratio',
    ],
    out.map((r) => [
      r.n.toLocaleString('en-US'),
      ms(r.lib),
      `${ms(r.spread[0])}-${ms(r.spread[1])}`,
      ms(r.vanilla),
      `${ms(r.spread[2])}-${ms(r.spread[3])}`,
      `${r.ratio.toFixed(2)}x`,
      r.n === 1000 ? `<= ${TARGET.ratio}x: ${r.ratio <= TARGET.ratio ? 'met' : 'MISSED'}` : '',
      ms(r.parse),
      `${r.ratioWithoutParse.toFixed(2)}x`,
      ms(r.libCpu),
      ms(r.vanillaCpu),
      `${r.ratioCpu.toFixed(2)}x`,
    ]),
  );
  for (const r of out)
    if (r.runs.lateFrames)
      console.log(
        `  note: at ${r.n} sessions, ${r.runs.lateFrames} run(s) needed more than one frame to show every session`,
      );
  console.log(`
  Data = the parsed JSON object (a synthetic course shaped like the sample: weekly parts,
  intermissions, descriptions, speakers TBA and some named; wall times in New York) handed
  to the element's \`course\` property, or to the baseline's render function, at the start
  of a frame; done = that frame painted (a MessageChannel task posted from the
  requestAnimationFrame callback). Visitor in ${VISITOR_ZONE}, so every session shows both
  time lines. The element's time includes parseCourse (validation, wall time -> instant);
  "parseCourse alone" is the same parser timed alone, cold, in the same page, and "ratio w/o
  parse" takes it out of the element's time. The baseline converts wall times with a
  cached Intl formatter and validates nothing. CPU = the renderer main thread's CPU time
  over the same render (CDP Performance.getMetrics ThreadTime), which other work on the
  machine inflates less than wall time.`);
  results.render = out;
  await page.browserContext().close();
}

async function heapAndIntl(browser, base) {
  const n = 1000;
  const page = await newPage(browser, { timeZone: VISITOR_ZONE });
  const rows = [];
  const out = {};
  for (const impl of ['lib', 'vanilla']) {
    // Intl constructions: a cold page with the constructors counted, one 1,000-session render.
    await openRender(page, base, impl, n, { count: true });
    const loadCounts = await page.evaluate(() => structuredClone(window.__counts.intl));
    const r = await page.evaluate(() => window.bench.render());
    // Heap: a fresh cold page, garbage collected before and after; the input object is held throughout.
    await openRender(page, base, impl, n);
    const session = await page.createCDPSession();
    const usage = async () => {
      await session.send('HeapProfiler.collectGarbage');
      await session.send('HeapProfiler.collectGarbage');
      return session.send('Runtime.getHeapUsage');
    };
    await page.evaluate(() => window.bench.render());
    const shown = await usage();
    await page.evaluate(() => window.bench.discard());
    const gone = await usage();
    await session.detach();
    const js = (shown.usedSize - gone.usedSize) / n;
    const dom =
      shown.embedderHeapUsedSize !== undefined
        ? (shown.embedderHeapUsedSize - gone.embedderHeapUsedSize) / n
        : undefined;
    out[impl] = {
      intlDuringRender: r.counts.intl,
      intlBeforeRender: loadCounts,
      jsHeapPerSession: js,
      domHeapPerSession: dom,
    };
    rows.push([
      impl === 'lib' ? '<course-schedule>' : 'baseline',
      r.counts.intl.DateTimeFormat ?? 0,
      Object.entries(r.counts.intl)
        .filter(([k]) => k !== 'DateTimeFormat')
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || '-',
      impl === 'lib'
        ? `<= ${TARGET.intl}: ${(r.counts.intl.DateTimeFormat ?? 0) <= TARGET.intl ? 'met' : 'MISSED'}`
        : '',
      kB(js),
      dom === undefined ? '-' : kB(dom),
      dom === undefined ? '-' : kB(js + dom),
    ]);
  }
  section(
    'Intl constructions during a cold 1,000-session render, and heap per session (1,000 sessions, after garbage collection)',
  );
  table(
    [
      '',
      'new Intl.DateTimeFormat',
      'other Intl',
      'target',
      'JS heap/session',
      'DOM heap/session',
      'total/session',
    ],
    rows,
  );
  console.log(`
  Constructions counted by a Proxy on each Intl constructor, installed before the script
  loads, between handing the data over and the painted frame (the element's first, empty
  render before that made ${out.lib.intlBeforeRender.DateTimeFormat} DateTimeFormat). Heap: what the rendered schedule keeps alive,
  = usage with it shown minus usage once the element (or host) is removed and dropped, each
  after CDP HeapProfiler.collectGarbage (Runtime.getHeapUsage: JS heap = usedSize, DOM heap
  = Blink's embedderHeapUsedSize), divided by 1,000. The input JSON object is held throughout;
  the library's bounded memos (formatters, range strings) stay and are not counted.`);
  results.intlAndHeap = out;
  await page.browserContext().close();
}

// --- 3: countdowns --------------------------------------------------------------------------
const MODES = [
  ['static', '200 static elements only'],
  ['seconds', '+ 200 <countdown-timer seconds>'],
  ['minute', '+ 200 <countdown-timer> (minute mode)'],
  ['shared', '+ 200 hand-written, one shared timer'],
  ['own', '+ 200 hand-written, a setInterval each'],
];

async function countdownBench(browser, base) {
  // All five pages at once, each in its own browser context (visible, so timers run
  // unthrottled), measured over the same window: other work on the machine hits them alike.
  // Main-thread CPU time (ThreadTime) is the figure; TaskDuration is wall time in tasks.
  const pages = [];
  for (const [mode] of MODES) {
    const page = await newPage(browser, { timeZone: VISITOR_ZONE });
    // Reduced motion would stop the seconds (the element honours it); visitors mostly have it off.
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}bench/countdown.html?count&mode=${mode}`, { waitUntil: 'load' });
    await page.evaluate(() => window.bench.ready());
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    pages.push({ mode, page, session, errors });
  }
  await new Promise((r) => setTimeout(r, 1500));
  const snap = ({ page, session }) =>
    Promise.all([
      session.send('Performance.getMetrics'),
      page.evaluate(() => ({
        ...window.__counts,
        text: window.bench.text(),
        visible: document.visibilityState,
      })),
    ]).then(([{ metrics }, counts]) => ({
      m: Object.fromEntries(metrics.map((x) => [x.name, x.value])),
      counts,
    }));
  const a = await Promise.all(pages.map(snap));
  await new Promise((r) => setTimeout(r, WINDOW_S * 1000));
  const b = await Promise.all(pages.map(snap));
  const out = {};
  pages.forEach(({ mode, errors }, i) => {
    if (errors.length) throw new Error(`countdown page (${mode}) threw: ${errors.join('; ')}`);
    const [x, y] = [a[i], b[i]];
    const seconds = y.m.Timestamp - x.m.Timestamp;
    const per = (k) => ((y.m[k] - x.m[k]) * 1000) / seconds; // ms per second
    out[mode] = {
      cpu: per('ThreadTime'),
      task: per('TaskDuration'),
      style: per('RecalcStyleDuration'),
      layout: per('LayoutDuration'),
      timersPerSecond:
        (y.counts.setTimeout + y.counts.setInterval - x.counts.setTimeout - x.counts.setInterval) /
        seconds,
      callbacksPerSecond: (y.counts.timerCallbacks - x.counts.timerCallbacks) / seconds,
      moved: x.counts.text !== y.counts.text,
      visible: y.counts.visible,
    };
  });
  for (const p of pages) await p.page.browserContext().close();
  for (const [mode] of MODES.slice(1, 4))
    if (mode !== 'minute' && !out[mode].moved)
      throw new Error(`the ${mode} countdowns did not move during the window`);

  const idle = out.static.cpu;
  const oneTick = out.shared.cpu - idle;
  const added = out.seconds.cpu - idle;
  section(
    `200 countdowns beside 200 static elements: main thread over ${WINDOW_S} s, ms per second (CDP Performance.getMetrics deltas)`,
  );
  table(
    [
      'page',
      'CPU',
      'added',
      'wall in tasks',
      'style',
      'layout',
      'timers set/s',
      'timer callbacks/s',
    ],
    MODES.map(([mode, label]) => {
      const r = out[mode];
      return [
        label,
        ms(r.cpu),
        mode === 'static' ? '' : ms(r.cpu - idle),
        ms(r.task),
        ms(r.style),
        ms(r.layout),
        r.timersPerSecond.toFixed(1),
        r.callbacksPerSecond.toFixed(1),
      ];
    }),
  );
  console.log(`
  One shared tick's cost per second, the floor: a hand-written page updating 200 countdowns
  (same DOM and stylesheets, the same cached NumberFormat units and ListFormat) from one timer: ${ms(oneTick)} ms CPU.
  200 <countdown-timer seconds> add ${ms(added)} ms (${(added / oneTick).toFixed(2)}x the floor) on ${out.seconds.timersPerSecond.toFixed(1)} timer per second,
  so one shared ticker; target (add less than one shared tick's cost per second): ${added < oneTick ? 'met' : `MISSED by ${ms(added - oneTick)} ms`}.
  Minute mode adds ${ms(out.minute.cpu - idle)} ms per second (one tick a minute; the window may hold none).
  A setInterval per countdown: ${ms(out.own.cpu - idle)} ms per second, ${out.own.callbacksPerSecond.toFixed(0)} callbacks.
  Each countdown counts to a different instant, so no two show the same text. Timers are
  counted by wrapping setTimeout/setInterval before the script loads; all five pages ran at
  once, each visible in its own browser context.`);
  results.countdown = { ...out, oneTickMsPerSecond: oneTick, addedSecondsModeMsPerSecond: added };
}

// --- 4: sizes --------------------------------------------------------------------------------
function sizes() {
  // `npm run size` as is: the same bundles, the same measurement; only its table is kept here.
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/size.mjs')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const rows = [];
  for (const line of r.stdout.split('\n')) {
    const m = /^ {2}(\S.*?) {2,}(\S+ kB) +(\S+ kB) \((\d+) B\) +(\S+ kB) +(\S+ kB|-)/.exec(line);
    if (m)
      rows.push({
        name: m[1],
        min: m[2],
        gzip: m[3],
        gzipBytes: Number(m[4]),
        brotli: m[5],
        ceiling: m[6],
      });
  }
  section(
    'Sizes (from `npm run size`: min+gzip, lit included; single elements bundled from the npm build as a bundler would)',
  );
  if (!rows.length) {
    console.log(r.stdout + r.stderr);
    throw new Error(`npm run size printed no size table (exit ${r.status})`);
  }
  const goal = (x) => {
    const bytes = SIZE_GOALS[x.name];
    if (bytes === undefined) return ['', ''];
    const missed = x.gzipBytes - bytes;
    return [kB(bytes), missed <= 0 ? 'met' : `missed by ${missed.toLocaleString('en-US')} B`];
  };
  table(
    ['bundle', 'min', 'min+gzip', 'min+brotli', 'CI ceiling (gzip)', 'goal (gzip)', ''],
    rows.map((x) => [
      x.name === 'cdn (all four)'
        ? 'CDN script, all four elements'
        : x.name === 'cdn iife'
          ? 'CDN classic script (iife)'
          : x.name.startsWith('cdn ') || x.name.startsWith('locales/')
            ? `cdn/${x.name.replace(/^cdn /, '')}.js (on demand)`
            : `import '.../${x.name}/define'`,
      x.min,
      x.gzip,
      x.brotli,
      x.ceiling,
      ...goal(x),
    ]),
  );
  console.log(`
  CI ceiling: what \`npm run size\` fails CI above (scripts/size.mjs). Goal: the size the
  project aims for, where one is set: the CDN script and a single register-button (the
  readable-element-layer issue, before the colour-scheme, print and language features).`);
  if (r.status !== 0)
    console.log(
      `\n  (npm run size exited ${r.status}: ${r.stderr.trim().split('\n').slice(-2).join(' ')})`,
    );
  results.sizes = rows;
}

// --- main ------------------------------------------------------------------------------------
async function main() {
  const started = Date.now();
  await ensureCdnBuild();
  const server = await serve();
  let browser;
  try {
    browser = await launchChrome();
    const cpus = os.cpus();
    results.machine = {
      cores: cpus.length,
      cpu: cpus[0]?.model.trim(),
      memoryGB: Math.round(os.totalmem() / 2 ** 30),
      os: `${os.type()} ${os.release()}`,
      node: process.version,
      browser: await browser.version(),
      loadAverage: os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' '),
    };
    const m = results.machine;
    console.log(
      `course-widgets bench: ${m.browser} (headless), ${m.cores} cores (${m.cpu}), ${m.memoryGB} GB, ${m.os}, Node ${m.node}`,
    );
    console.log(
      `load average at start: ${m.loadAverage} (other work on the machine shows up in the spread)`,
    );
    if (os.loadavg()[0] > m.cores) {
      console.log(
        `note: the machine is busy (load above ${m.cores} cores): wall times stretch unevenly; the CPU columns are the steadier figures`,
      );
    }
    if (ONLY.has('render') || ONLY.has('same')) await renderBench(browser, server.url);
    if (ONLY.has('intl')) await heapAndIntl(browser, server.url);
    if (ONLY.has('countdown')) await countdownBench(browser, server.url);
  } finally {
    await browser?.close();
    await server.close();
  }
  if (ONLY.has('size')) sizes();
  console.log(`\nbench done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (opts.json) await writeFile(opts.json, JSON.stringify(results, null, 2));
  if (results.sameContent === false)
    throw new Error('the baseline renders different content from <course-schedule> (see above)');
}

try {
  await main();
} catch (e) {
  console.error(`\nbench failed: ${e.stack ?? e}`);
  process.exit(1);
}
