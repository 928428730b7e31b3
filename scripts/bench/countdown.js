// The countdown bench page: 200 static elements (an article each), and per `?mode=`:
//   static    nothing else: what the page costs with nothing live
//   seconds   200 <countdown-timer seconds>: "Starts in 2 days, 3 hours, 4 minutes, 5 seconds", every second
//   minute    200 <countdown-timer>: the same without seconds, which changes once a minute
//   shared    200 hand-written countdowns (same DOM, same stylesheets, seconds) from ONE timer
//             that wakes just after each second, as a careful page (and the library's clock) does
//   own       the same with a setInterval(1000) per countdown, the naive way
// Every countdown counts to a different instant, so no two show the same text.
const mode = new URLSearchParams(location.search).get('mode') ?? 'static';
const N = 200;
const start = Date.now();
const targetOf = (i) => start + 2 * 86_400_000 + 3 * 3_600_000 + i * 61_000 + 500;

for (let i = 0; i < N; i++) {
  const a = document.createElement('article');
  a.innerHTML = `<h3>Static item ${i + 1}</h3><p>Text that does not change: a paragraph standing in for the rest of the host page.</p>`;
  document.body.append(a);
}

// The fastest way a careful page would write it, and the library's: a NumberFormat per unit and a
// unit ListFormat, built once (the same strings as Intl.DurationFormat, which is 10-35x slower).
const lang = document.documentElement.lang;
const units = Object.fromEntries(
  ['day', 'hour', 'minute', 'second'].map((unit) => [
    unit,
    new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }),
  ]),
);
const list = new Intl.ListFormat(lang, { type: 'unit', style: 'long' });
/** The element's text for the time left, rounded up to the second, zero units left out. */
function left(targetMs, nowMs) {
  const s = Math.ceil(Math.max(0, targetMs - nowMs) / 1000);
  const d = {
    day: Math.floor(s / 86_400),
    hour: Math.floor(s / 3_600) % 24,
    minute: Math.floor(s / 60) % 60,
    second: s % 60,
  };
  const words = [];
  for (const k in d) if (d[k]) words.push(units[k].format(d[k]));
  return list.format(words);
}

const spans = [];
if (mode === 'seconds' || mode === 'minute') {
  for (let i = 0; i < N; i++) {
    const el = document.createElement('countdown-timer');
    el.setAttribute('to', new Date(targetOf(i)).toISOString());
    el.setAttribute('label', `Session ${i + 1}`);
    if (mode === 'seconds') el.toggleAttribute('seconds', true);
    document.body.append(el);
  }
} else if (mode === 'shared' || mode === 'own') {
  await customElements.whenDefined('countdown-timer');
  const sheets = customElements.get('countdown-timer').elementStyles.map((s) => s.styleSheet ?? s);
  for (let i = 0; i < N; i++) {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets;
    root.innerHTML = `<div part="base" class="counting"><p part="label">Session ${i + 1}</p><p part="status">Starts in <span part="time"></span></p><button part="pause" type="button">Pause countdown</button><p class="vh" role="status">Starts in 2 days, 3 hours, ${i} minutes</p></div>`;
    const span = root.querySelector('[part=time]');
    span.textContent = left(targetOf(i), Date.now());
    spans.push([span, targetOf(i)]);
    document.body.append(host);
  }
  const update = ([span, target], now) => {
    const text = left(target, now);
    if (span.textContent !== text) span.textContent = text;
  };
  if (mode === 'shared') {
    const tick = () => {
      const now = Date.now();
      for (const s of spans) update(s, now);
      setTimeout(tick, 1000 - (Date.now() % 1000) + 10);
    };
    setTimeout(tick, 1000 - (Date.now() % 1000) + 10);
  } else {
    for (const s of spans) setInterval(() => update(s, Date.now()), 1000);
  }
}

const first = () =>
  document.querySelector('countdown-timer')?.shadowRoot ?? spans[0]?.[0].getRootNode();

window.bench = {
  /** Resolves when every countdown shows its time; what the first one says. */
  async ready() {
    if (mode === 'seconds' || mode === 'minute') {
      await customElements.whenDefined('countdown-timer');
      await Promise.all(
        [...document.querySelectorAll('countdown-timer')].map((el) => el.updateComplete),
      );
    }
    const root = first();
    return root ? root.querySelector('[part=base]').textContent : 'static';
  },
  /** The first countdown's time text (the bench checks it moved during the window). */
  text: () => first()?.querySelector('[part=time]')?.textContent ?? '',
};
