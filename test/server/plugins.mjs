// Dev-server additions for the test suite: a fault-serving middleware and a second origin.
// The loader is tested over real HTTP against these routes; fetch is never mocked.
//
// Routes, all under /__fault/. <key> is any [\w-] string a test makes up (unique per test,
// so parallel runs in four zones never share a counter); `fixture` names a JSON file in
// test/fixtures/ (default loader-mini). Every response is `Cache-Control: no-store` so the
// browser cache never hides a request from the counter.
//   GET  /__fault/ok/<key>?fixture=            200 with the fixture
//   GET  /__fault/status/<key>?code=404        that status, a small text body
//   GET  /__fault/flaky/<key>?fail=2&status=503[&retry-after=1|&retry-after-date=1]&fixture=
//                                              the first `fail` requests get `status`, then the fixture
//   GET  /__fault/once/<key>?status=500&fixture=        the fixture once, then `status` for ever after
//   GET  /__fault/seq/<key>?fixtures=a,b       request n gets the n-th fixture named (the last one
//                                              from then on): data that changes between requests
//   GET  /__fault/slow/<key>?delay=500&fixture= the fixture after `delay` ms
//   GET  /__fault/edited/<key>?fail-every=7&status=503&fixture=   the fixture, with the title last
//                                              set by /__fault/retitle?key=<key>&title= (an organiser's
//                                              edit); every `fail-every`-th request gets `status`
//   GET  /__fault/malformed/<key>              200 application/json, truncated JSON
//   GET  /__fault/html/<key>                   200 text/html, a login page
//   GET  /__fault/empty/<key>                  200 application/json, no body
//   GET  /__fault/trickle/<key>?interval=100&fixture=   the fixture a few bytes every `interval` ms
//   GET  /__fault/large/<key>?bytes=2200000&length=1    a JSON body of `bytes` (length=0: no Content-Length)
//   GET  /__fault/count/<key>                  {"count": n, "cancelled": m}: requests any route above
//                                              got for <key>, and how many of them the client abandoned
//                                              before the response was complete
//   GET  /__fault/config                       {"corsOrigin": "http://127.0.0.1:P", "refusedOrigin": "http://127.0.0.1:Q"}
// The second origin serves /<fixture>.json with no CORS headers (the browser blocks the
// read); nothing listens on the refused origin's port.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { hardeningMiddleware, hardeningPlugin } from '../hardening/server.mjs';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const counts = new Map();
const titles = new Map();
const cancelled = new Map();
let corsServer;
let corsPort = 0;
let refusedPort = 0;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function fixture(name = 'loader-mini') {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`bad fixture name ${name}`);
  return readFile(`${FIXTURES}${name}.json`);
}

const LOGIN_PAGE = `<!doctype html><html><head><title>Sign in</title></head>
<body><form method="post" action="/login"><label>User <input name="u"></label>
<label>Password <input type="password" name="p"></label><button>Sign in</button></form></body></html>`;

function json(ctx, body, status = 200) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = body;
}

// A body that yields `chunk` bytes every `interval` ms, stopping when the client goes away.
function trickle(ctx, buf, interval, chunk = 16) {
  let i = 0;
  let timer;
  const stream = new Readable({
    read() {
      if (i >= buf.length) return this.push(null);
      timer = setTimeout(() => {
        this.push(buf.subarray(i, i + chunk));
        i += chunk;
      }, interval);
    },
    destroy(err, cb) {
      clearTimeout(timer);
      cb(err);
    },
  });
  ctx.req.on('close', () => stream.destroy());
  return stream;
}

// `bytes` of valid JSON ({"title":"x","pad":"aaaa..."}), generated in 64 KB chunks.
function largeBody(bytes) {
  const head = Buffer.from('{"title":"x","pad":"');
  const tail = Buffer.from('"}');
  let left = Math.max(0, bytes - head.length - tail.length);
  let sentHead = false;
  const block = Buffer.alloc(65_536, 'a');
  return new Readable({
    read() {
      if (!sentHead) {
        sentHead = true;
        this.push(head);
      } else if (left > 0) {
        const n = Math.min(left, block.length);
        left -= n;
        this.push(block.subarray(0, n));
      } else {
        this.push(tail);
        this.push(null);
      }
    },
  });
}

async function fault(ctx, kind, key, q) {
  switch (kind) {
    case 'ok':
      return json(ctx, await fixture(q.get('fixture') ?? undefined));
    case 'status': {
      const code = Number(q.get('code') ?? 404);
      ctx.status = code;
      ctx.type = 'text/plain';
      ctx.body = `status ${code}`;
      return;
    }
    case 'flaky': {
      const n = counts.get(key) ?? 0;
      if (n <= Number(q.get('fail') ?? 1)) {
        const status = Number(q.get('status') ?? 503);
        if (q.has('retry-after')) ctx.set('Retry-After', q.get('retry-after'));
        if (q.has('retry-after-date')) {
          ctx.set(
            'Retry-After',
            new Date(Date.now() + Number(q.get('retry-after-date')) * 1000).toUTCString(),
          );
        }
        ctx.status = status;
        ctx.type = 'text/plain';
        ctx.body = `failing on purpose (${n})`;
        return;
      }
      return json(ctx, await fixture(q.get('fixture') ?? undefined));
    }
    case 'once':
      if ((counts.get(key) ?? 0) > 1) {
        ctx.status = Number(q.get('status') ?? 500);
        ctx.type = 'text/plain';
        ctx.body = 'failing after the first request';
        return;
      }
      return json(ctx, await fixture(q.get('fixture') ?? undefined));
    case 'seq': {
      const names = (q.get('fixtures') ?? '').split(',');
      return json(
        ctx,
        await fixture(names[Math.min(counts.get(key), names.length) - 1] || undefined),
      );
    }
    case 'edited': {
      const every = Number(q.get('fail-every') ?? 0);
      if (every && counts.get(key) % every === 0) {
        ctx.status = Number(q.get('status') ?? 503);
        ctx.type = 'text/plain';
        ctx.body = `failing on purpose (request ${counts.get(key)})`;
        return;
      }
      const doc = JSON.parse(await fixture(q.get('fixture') ?? undefined));
      return json(ctx, JSON.stringify({ ...doc, title: titles.get(key) ?? doc.title }));
    }
    case 'slow':
      await sleep(Number(q.get('delay') ?? 500));
      return json(ctx, await fixture(q.get('fixture') ?? undefined));
    case 'malformed':
      return json(ctx, '{"version": 1, "title": "Truncated", "sessions": [');
    case 'html':
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = LOGIN_PAGE;
      return;
    case 'empty':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = '';
      return;
    case 'trickle':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = trickle(
        ctx,
        await fixture(q.get('fixture') ?? undefined),
        Number(q.get('interval') ?? 100),
      );
      return;
    case 'large': {
      const bytes = Number(q.get('bytes') ?? 2_200_000);
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = largeBody(bytes);
      if (q.get('length') !== '0') ctx.length = bytes;
      return;
    }
    default:
      ctx.status = 400;
      ctx.body = `unknown fault ${kind}`;
  }
}

async function faultMiddleware(ctx, next) {
  const url = new URL(ctx.url, 'http://x');
  const m = /^\/__fault\/([\w-]+)(?:\/([\w-]+))?$/.exec(url.pathname);
  if (!m) return next();
  const [, kind, key = ''] = m;
  ctx.set('Cache-Control', 'no-store');
  if (kind === 'config') {
    return json(
      ctx,
      JSON.stringify({
        corsOrigin: `http://127.0.0.1:${corsPort}`,
        refusedOrigin: `http://127.0.0.1:${refusedPort}`,
      }),
    );
  }
  if (kind === 'retitle') {
    titles.set(url.searchParams.get('key'), url.searchParams.get('title'));
    ctx.status = 204;
    return;
  }
  if (kind === 'count') {
    return json(
      ctx,
      JSON.stringify({ count: counts.get(key) ?? 0, cancelled: cancelled.get(key) ?? 0 }),
    );
  }
  if (key) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    ctx.res.once('close', () => {
      if (!ctx.res.writableFinished) cancelled.set(key, (cancelled.get(key) ?? 0) + 1);
    });
  }
  try {
    await fault(ctx, kind, key, url.searchParams);
  } catch (e) {
    ctx.status = 400;
    ctx.body = String(e);
  }
}

/** A port nothing listens on: bind an ephemeral port, then close it. */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const secondOrigin = {
  name: 'course-widgets-second-origin',
  async serverStart() {
    refusedPort = await freePort();
    corsServer = createServer(async (req, res) => {
      // Deliberately no Access-Control-Allow-Origin: a cross-origin fetch must fail.
      try {
        const name = /^\/([\w.-]+)\.json$/.exec(new URL(req.url, 'http://x').pathname)?.[1];
        const body = await fixture(name ?? '');
        res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        res.end(body);
      } catch {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise((resolve) => corsServer.listen(0, '127.0.0.1', resolve));
    corsPort = corsServer.address().port;
  },
  async serverStop() {
    await new Promise((resolve) => (corsServer ? corsServer.close(resolve) : resolve()));
  },
};

// test/hardening/server.mjs: documents posted by tests, a strict-CSP page, a heap reading.
export const testServerMiddleware = [faultMiddleware, hardeningMiddleware];
export const testServerPlugins = [secondOrigin, hardeningPlugin];
