// `npm start`: the demo. A small static server with no dependencies beyond Node:
//   /                                  demo/ (the demo pages)
//   /cdn/<file>                        dist/cdn/ (the CDN build the pages load, built first if stale)
//   /api/courses/<name>.json           a real JSON endpoint over test/fixtures/<name>.json
//                                      (resilient-together-2021 is the sample course)
//   /api/courses/broken.json           HTTP 500 every time (the error page; the loader retries, then gives up)
//   /api/courses/malformed.json        200 application/json, cut off halfway (fails at once: not JSON)
//   /course.schema.json                the schema the fixtures' `$schema` line points at
//   /builder.html, /builder.js, /builder.css   the course builder (dist/builder/, built with the CDN)
// Demo pages are sent with the strict Content-Security-Policy the README documents, so the
// demo proves the elements need nothing more.
//
// PORT picks the port (default 8000); when it is taken, a free one is used instead.
// `serveDemo({ port, quiet })` is exported for scripts/screenshot.mjs and scripts/check-demo.mjs.
import { createReadStream, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEMO = join(ROOT, 'demo');
const CDN = join(ROOT, 'dist', 'cdn');
const BUILDER = join(ROOT, 'dist', 'builder');
const FIXTURES = join(ROOT, 'test', 'fixtures');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * What the README tells site owners to allow; the demo pages live under it. No inline script
 * or style is needed: Lit adopts constructed stylesheets, and its one Trusted Types policy
 * is named `lit-html`.
 */
export const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

/** The CDN build, (re)built when any of its inputs changed since the last build. */
export async function ensureCdnBuild({ quiet = false } = {}) {
  const cdn = join(CDN, 'course-widgets.js');
  let build;
  try {
    build = await import('./build.mjs');
  } catch (e) {
    if (existsSync(cdn)) return;
    throw new Error(
      `the build script (scripts/build.mjs) is not available (${e.message}) and dist/cdn/course-widgets.js is missing: run \`npm run build\``,
      { cause: e },
    );
  }
  if (build.isFresh()) return;
  if (!quiet) console.log('Building the CDN script (npm run build) ...');
  try {
    build.ensureBuilt();
  } catch (e) {
    if (!existsSync(cdn))
      throw new Error(
        `the build failed, so the demo has no dist/cdn/course-widgets.js: ${e.message}`,
        { cause: e },
      );
    console.warn(`The build failed (${e.message}); serving the previous dist/cdn/ build.`);
  }
}

/** An absolute path for `urlPath` inside `dir`, or undefined when it would leave `dir`. */
function inside(dir, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const path = normalize(join(dir, decoded));
  const rel = relative(dir, path);
  if (rel.startsWith('..') || rel.split(sep).includes('..')) return undefined;
  return path;
}

function send(res, status, body, type = 'text/plain; charset=utf-8', headers = {}) {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

async function sendFile(res, path, headers = {}) {
  let info;
  try {
    info = await stat(path);
  } catch {
    return send(res, 404, 'Not found\n');
  }
  if (info.isDirectory()) {
    path = join(path, 'index.html');
    if (!existsSync(path)) return send(res, 404, 'Not found\n');
    info = await stat(path);
  }
  const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  const extra = type.startsWith('text/html')
    ? { 'content-security-policy': DEMO_CSP, ...headers }
    : headers;
  res.writeHead(200, {
    'content-type': type,
    'content-length': info.size,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...extra,
  });
  if (res.req.method === 'HEAD') return res.end();
  createReadStream(path).pipe(res);
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return send(res, 405, 'Method not allowed\n', undefined, { allow: 'GET, HEAD' });
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');

  if (pathname === '/api/courses/broken.json') {
    return send(
      res,
      500,
      JSON.stringify({
        error: 'The course database is unavailable (a demo of a broken endpoint).',
      }),
      TYPES['.json'],
    );
  }
  if (pathname === '/api/courses/malformed.json') {
    return send(
      res,
      200,
      '{"version": 1, "title": "Resilient Together", "sessions": [{"id": "w1-s1", "tit',
      TYPES['.json'],
    );
  }
  const course = /^\/api\/courses\/([\w-]+)\.json$/.exec(pathname);
  if (course) {
    try {
      const body = await readFile(join(FIXTURES, `${course[1]}.json`));
      return send(res, 200, body, TYPES['.json']);
    } catch {
      return send(res, 404, JSON.stringify({ error: `No course ${course[1]}` }), TYPES['.json']);
    }
  }
  if (pathname === '/course.schema.json') return sendFile(res, join(ROOT, 'course.schema.json'));
  if (pathname === '/builder.html') return sendFile(res, join(BUILDER, 'index.html'));
  if (pathname === '/builder.js' || pathname === '/builder.css')
    return sendFile(res, join(BUILDER, pathname.slice(1)));
  if (pathname.startsWith('/cdn/')) {
    const path = inside(CDN, pathname.slice('/cdn/'.length));
    return path ? sendFile(res, path) : send(res, 404, 'Not found\n');
  }
  const path = inside(DEMO, pathname === '/' ? 'index.html' : pathname.slice(1));
  return path ? sendFile(res, path) : send(res, 404, 'Not found\n');
}

function listen(server, port) {
  return new Promise((resolve, reject) => {
    const onError = (e) => {
      server.off('listening', onListening);
      reject(e);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port);
  });
}

/** Start the demo server. Resolves to `{ url, port, close() }`. */
export async function serveDemo({
  port = Number(process.env.PORT) || 8000,
  quiet = false,
  build = true,
} = {}) {
  if (build) await ensureCdnBuild({ quiet });
  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      console.error(e);
      if (!res.headersSent) send(res, 500, 'Internal error\n');
      else res.destroy();
    });
  });
  let actual;
  try {
    actual = await listen(server, port);
  } catch (e) {
    if (e.code !== 'EADDRINUSE' && e.code !== 'EACCES') throw e;
    actual = await listen(server, 0);
    if (!quiet) console.log(`Port ${port} is taken; using ${actual} instead.`);
  }
  const url = `http://localhost:${actual}/`;
  return {
    url,
    port: actual,
    close: () =>
      new Promise((resolve) => (server.closeAllConnections?.(), server.close(() => resolve()))),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  try {
    const { url } = await serveDemo();
    console.log(`
course-widgets demo: ${url}

  ${url}               a public library's course page (schedule, register button, countdown)
  ${url}school.html    a school-district portal (register button and countdown only)
  ${url}inline.html    inline JSON, no endpoint
  ${url}error.html     a broken endpoint: the error state and the fallback content
  ${url}builder.html   the course builder: write, check, preview and publish a course
  ${url}api/courses/resilient-together-2021.json   the sample course's JSON endpoint

The course ran in October 2021: pick a moment in the bar at the top of each page, or add
?now=2021-10-13T18:20:00Z to a URL. Press Ctrl+C to stop.`);
  } catch (e) {
    console.error(`The demo cannot start: ${e.message}`);
    process.exit(1);
  }
}
