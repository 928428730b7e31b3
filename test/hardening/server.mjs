// Test-server additions for test/hardening/: documents posted by a test and served back over
// real HTTP, a page served under a strict Content-Security-Policy (with violation reports),
// and a heap reading through the DevTools protocol. Wired in by test/server/plugins.mjs.
//
// Routes, all under /__hardening/. <key> is a [\w-] string the test makes up.
//   POST /__hardening/doc/<key>           stores the request body (any text, up to 8 MB)
//   GET  /__hardening/doc/<key>[.json]    200 application/json with the stored body, no-store
//   GET  /__hardening/csp/<key>.html?policy=<name>[&from=cdn-twice]
//                                         an empty page running test/hardening/csp-page.ts, sent
//                                         with the named policy below and a report-uri for <key>
//   POST /__hardening/csp-report/<key>    where the browser posts violation reports
//   GET  /__hardening/csp-reports/<key>   [{ directive, blocked, source }] received for <key>
//
// Commands (executeServerCommand):
//   hardening:heap -> { usedSize, totalSize }   after a forced garbage collection (CDP
//                                                HeapProfiler.collectGarbage + Runtime.getHeapUsage); false outside Chromium
//   hardening:first-zone -> "America/New_York"   the first visitor zone of this run (TEST_ZONES'
//                                                first): costly zone-independent tests run there only

const docs = new Map();
const reports = new Map();

/** The policies a test may ask for. `strict` is what the README tells site owners to allow. */
export const POLICIES = {
  // Everything from this origin only, no inline script or style, Trusted Types enforced with
  // Lit's one policy. `connect-src` falls back to default-src 'self' (the course JSON is here).
  strict:
    "default-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
  // The same with Lit's policy allowed more than once: a page where two copies of Lit meet.
  duplicates:
    "default-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  // `strict` without its Trusted Types directives: what a browser that lacks Trusted Types
  // enforces of it (the widgets must work there too).
  'no-trusted-types': "default-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'",
  // No Trusted Types policy at all: a control, Lit cannot create its policy.
  'no-policy':
    "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
};

/**
 * The test page: csp-page.ts records violations and errors, then loads the elements from the
 * sources (`from=src`), or finds them already defined by the CDN's classic script, included
 * twice in the markup as a CMS page might (`from=cdn-twice`; a script added from JavaScript
 * would itself need a Trusted Types policy).
 */
const page = (key, from) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>course-widgets under a strict policy</title>
${from === 'cdn-twice' ? '<script src="/dist/cdn/course-widgets.iife.js"></script>\n<script src="/dist/cdn/course-widgets.iife.js"></script>' : ''}
<script type="module" src="/test/hardening/csp-page.ts?from=${from === 'cdn-twice' ? 'cdn' : 'src'}"></script>
</head>
<body></body>
</html>
`;

function readBody(req, limit = 8 * 1024 * 1024) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > limit) reject(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function hardeningMiddleware(ctx, next) {
  const m = /^\/__hardening\/([\w-]+)\/([\w-]+)(\.json|\.html)?$/.exec(ctx.path);
  if (!m) return next();
  const [, kind, key] = m;
  ctx.set('Cache-Control', 'no-store');
  if (kind === 'doc' && ctx.method === 'POST') {
    docs.set(key, await readBody(ctx.req));
    ctx.status = 204;
    return;
  }
  if (kind === 'doc') {
    if (!docs.has(key)) return void (ctx.status = 404);
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = docs.get(key);
    return;
  }
  if (kind === 'csp') {
    const policy = POLICIES[ctx.query.policy ?? 'strict'];
    if (!policy) return void (ctx.status = 400);
    ctx.status = 200;
    ctx.type = 'text/html';
    ctx.set('Content-Security-Policy', `${policy}; report-uri /__hardening/csp-report/${key}`);
    ctx.body = page(key, ctx.query.from);
    return;
  }
  if (kind === 'csp-report' && ctx.method === 'POST') {
    const body = JSON.parse(String(await readBody(ctx.req)) || '{}')['csp-report'] ?? {};
    const list = reports.get(key) ?? [];
    list.push({
      directive: body['violated-directive'],
      blocked: body['blocked-uri'],
      source: body['source-file'],
    });
    reports.set(key, list);
    ctx.status = 204;
    return;
  }
  if (kind === 'csp-reports') {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(reports.get(key) ?? []);
    return;
  }
  return next();
}

export const hardeningPlugin = {
  name: 'course-widgets-hardening-commands',
  async executeCommand({ command, session }) {
    if (command === 'hardening:first-zone')
      // Per engine: test/server/engines.mjs tags each browser with its engine's first zone.
      return (
        session.browser.firstZone ??
        process.env.TEST_ZONES?.split(',').filter(Boolean)[0] ??
        'America/New_York'
      );
    if (command !== 'hardening:heap') return undefined;
    // Chromium only: Firefox (BiDi) and WebKit (WebDriver) offer no heap measure. (false, not
    // null: a plugin's null means "not my command".)
    if (session.browser.engine && session.browser.engine !== 'chromium') return false;
    const page = session.browser.getPage?.(session.id);
    if (!page) return null;
    const cdp = await page.createCDPSession();
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      return await cdp.send('Runtime.getHeapUsage');
    } finally {
      await cdp.detach();
    }
  },
};

export { hardeningMiddleware };
