// The render bench page (driven by scripts/bench.mjs through puppeteer). One page load per
// measured run, so every run starts cold, as a visitor's page does: no warm Intl or string
// memo, no prepared Lit templates.
//
// "Data" is the parsed JSON object (JSON.parse is done before the clock starts). The clock
// starts inside a requestAnimationFrame callback, the data is handed over there (the
// element's `course` property, or the hand-written renderer), and the clock stops in a
// MessageChannel task posted from that callback, which runs once the frame's style, layout
// and paint are done. Lit's update and the data controller's parse run in the microtasks
// after the callback, before that frame's style and layout, so one frame holds it all: the
// time is the main thread's data -> painted frame, with no vsync wait in it.
import { renderSchedule } from './vanilla.js';

/** A `now` before the synthetic courses start: every session upcoming, the first one "Next". */
export const NOW = '2021-10-01T12:00:00Z';

const Schedule = () => customElements.get('course-schedule');

/** An element (or a shadow host with the library's stylesheets) in the page, showing no data yet. */
function makeHost(impl) {
  if (impl === 'lib') {
    const el = document.createElement('course-schedule');
    el.setAttribute('now', NOW);
    document.body.append(el);
    return el;
  }
  const el = document.createElement('div');
  // The exact stylesheets the element adopts: host reset and tokens, session styles, schedule styles.
  el.attachShadow({ mode: 'open' }).adoptedStyleSheets = Schedule().elementStyles.map(
    (s) => s.styleSheet ?? s,
  );
  document.body.append(el);
  return el;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r()));

const state = {};

/** Fetch the course text, make the host, let it settle (the element renders its empty state first). */
async function prepare(impl, n) {
  await customElements.whenDefined('course-schedule');
  state.text = await (await fetch(`/data/${n}.json`)).text();
  state.impl = impl;
  state.n = n;
  state.host = makeHost(impl);
  if (impl === 'lib') await state.host.updateComplete;
  state.zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  state.data = JSON.parse(state.text);
  await frame();
  await frame();
}

const sessionsShown = (host) => host.shadowRoot.querySelectorAll('[part=session]').length;

/** Hand the data over at the start of a frame; resolve when that frame has painted. */
function render() {
  const { host, impl, data, n } = state;
  const before = window.__counts && structuredClone(window.__counts);
  return new Promise((resolve, reject) => {
    requestAnimationFrame(() => {
      const t0 = performance.now();
      if (impl === 'lib') host.course = data;
      else
        renderSchedule(host.shadowRoot, data, {
          now: Date.parse(NOW),
          visitorZone: state.zone,
          locale: document.documentElement.lang,
        });
      let frames = 1;
      const afterPaint = () => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          const t1 = performance.now();
          if (sessionsShown(host) === n) {
            resolve({ ms: t1 - t0, frames, counts: before && diffCounts(before, window.__counts) });
          } else if (frames++ > 60)
            reject(
              new Error(`${impl}: ${sessionsShown(host)} of ${n} sessions shown after 60 frames`),
            );
          else requestAnimationFrame(afterPaint);
        };
        ch.port2.postMessage(null);
      };
      afterPaint();
    });
  });
}

function diffCounts(a, b) {
  const intl = {};
  for (const k in b.intl) if (b.intl[k] - a.intl[k]) intl[k] = b.intl[k] - a.intl[k];
  return {
    intl,
    setTimeout: b.setTimeout - a.setTimeout,
    setInterval: b.setInterval - a.setInterval,
  };
}

/** parseCourse alone, cold, from the npm build's parser bundled on its own (a separate copy with its own memos). */
async function parseOnly() {
  const { parseCourse } = await import('/parse.js');
  const data = JSON.parse(state.text);
  const t0 = performance.now();
  const { course } = parseCourse(data, { baseUrl: document.baseURI });
  const ms = performance.now() - t0;
  if (course.sessions.length !== state.n)
    throw new Error(`parseCourse kept ${course.sessions.length} of ${state.n} sessions`);
  return ms;
}

/**
 * A shadow tree as text: elements with their attributes sorted, adjacent text merged,
 * comments (Lit's markers) and whitespace-only text between elements (what the template
 * minifier leaves of the source's line breaks) left out. Equal strings: the same content.
 */
function canon(node) {
  let out = '';
  let text = '';
  const flush = () => {
    if (text.trim()) out += JSON.stringify(text);
    text = '';
  };
  for (const c of node.childNodes) {
    if (c.nodeType === Node.TEXT_NODE) text += c.data;
    else if (c.nodeType === Node.ELEMENT_NODE) {
      flush();
      const attrs = [...c.attributes]
        .map((a) => ` ${a.name}=${JSON.stringify(a.value)}`)
        .sort()
        .join('');
      out += `<${c.localName}${attrs}>${canon(c)}</${c.localName}>\n`;
    }
  }
  flush();
  return out;
}

/** Render both into one page (untimed) and compare their shadow trees. */
async function compare(n) {
  await prepare('lib', n);
  const lib = state.host;
  lib.course = state.data;
  await new Promise((r) => lib.addEventListener('course-load', r, { once: true }));
  await lib.updateComplete;
  const vanilla = makeHost('vanilla');
  renderSchedule(vanilla.shadowRoot, JSON.parse(state.text), {
    now: Date.parse(NOW),
    visitorZone: state.zone,
    locale: document.documentElement.lang,
  });
  const [a, b] = [canon(lib.shadowRoot), canon(vanilla.shadowRoot)];
  const shown = sessionsShown(lib);
  if (a === b)
    return {
      same: true,
      sessions: shown,
      times: lib.shadowRoot.querySelectorAll('time[datetime]').length,
      nodes: lib.shadowRoot.querySelectorAll('*').length,
    };
  const al = a.split('\n'),
    bl = b.split('\n');
  const i = al.findIndex((line, k) => line !== bl[k]);
  return {
    same: false,
    sessions: shown,
    at: i,
    element: a,
    baseline: b,
    lib: al.slice(Math.max(0, i - 2), i + 3).join('\n'),
    vanilla: bl.slice(Math.max(0, i - 2), i + 3).join('\n'),
  };
}

/** Take the rendered host out of the page and drop every reference to it (for the heap figure). */
async function discard() {
  state.host.remove();
  state.host = undefined;
  // The data controller lets go of a disconnected element one macrotask later.
  await new Promise((r) => setTimeout(r, 50));
}

window.bench = { prepare, render, parseOnly, compare, discard };
