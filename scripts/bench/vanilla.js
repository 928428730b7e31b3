// The floor `npm run bench` compares <course-schedule> with: the schedule a careful person
// would write by hand for this one page, with no library. It renders the SAME content into
// a shadow root that adopts the library's own stylesheets (host, session and schedule
// styles, including `content-visibility: auto` on sessions), with the same elements,
// parts, classes, text, `<time datetime>` values, links, buttons and disclosures; the
// bench checks that both shadow trees serialise identically before it times anything.
//
// What it does with the data (the same parsed JSON object the element is given):
//   - wall times -> instants with one cached `Intl.DateTimeFormat` per zone
//     (`formatToParts`, a two-step offset guess), no validation at all;
//   - display strings from formatters built once per page (`formatRangeToParts` for each
//     range, split into its two ends; a memo of the few distinct durations);
//   - DOM from createElement/textContent into a fragment, appended once; a click handler on
//     each "Show more" button and a toggle handler on each calendar disclosure, as the
//     element has.
// What it does not do: validation, URL allow-listing, issues, the "Event time" switch's
// storage, re-rendering at phase changes, other languages. Only the English strings of the
// states the bench shows (a fixed `now` before the course) are here.

const formats = new Map();
/** One formatter per (kind, zone): what a careful page keeps. */
function fmt(kind, timeZone, options) {
  const key = `${kind}|${timeZone}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(LOCALE, { ...options, timeZone })));
  return f;
}

let LOCALE = 'en-US';
const FIELDS = {
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
};
const SHORT_DATE = { weekday: 'short', month: 'short', day: 'numeric' };
const TIME = { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };
const DATE_TIME = { ...SHORT_DATE, ...TIME };

/** Wall-clock fields of an instant in a zone: [epoch ms of that wall time read as UTC, 'YYYY-MM-DD']. */
function wall(ms, timeZone) {
  const p = fmt('fields', timeZone, FIELDS).formatToParts(ms);
  const v = {};
  for (const x of p) v[x.type] = x.value;
  const local = Date.UTC(+v.year, v.month - 1, +v.day, +v.hour, +v.minute, +v.second);
  return [local, `${v.year}-${v.month.padStart(2, '0')}-${v.day.padStart(2, '0')}`];
}
const offsetAt = (ms, zone) => {
  const whole = Math.floor(ms / 1000) * 1000;
  return wall(whole, zone)[0] - whole;
};

/** "2021-10-13T14:00" in `zone`, or an instant with Z / an offset. */
function instant(text, zone) {
  if (/[Zz]|[+-]\d\d:\d\d$/.test(text)) return Date.parse(text);
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d))?$/.exec(text);
  const local = Date.UTC(+m[1], m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0));
  const guess = local - offsetAt(local, zone);
  const o = offsetAt(guess, zone);
  return local - o;
}

const iso = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** [start, separator, end] of a range, each end in its own <time>. */
function rangeParts(start, end, zone, withDate, startOffset, endOffset) {
  const f = withDate ? fmt('dt', zone, DATE_TIME) : fmt('t', zone, TIME);
  if (startOffset !== endOffset) return [f.format(start), '\u2009–\u2009', f.format(end)];
  const parts = f.formatRangeToParts(start, end);
  const i = parts.findLastIndex((p) => p.source === 'startRange') + 1;
  const j = parts.findIndex((p) => p.source === 'endRange');
  const text = (from, to) =>
    parts
      .slice(from, to)
      .map((p) => p.value)
      .join('');
  return j < 0 ? [text(0), '', ''] : [text(0, i), text(i, j), text(j)];
}

const durations = new Map();
function duration(ms) {
  const minutes = Math.round(ms / 60000);
  let d = durations.get(minutes);
  if (d === undefined) {
    const h = Math.floor(minutes / 60),
      m = minutes % 60;
    const unit = (u, n) =>
      (
        formats.get(u) ??
        formats
          .set(u, new Intl.NumberFormat(LOCALE, { style: 'unit', unit: u, unitDisplay: 'short' }))
          .get(u)
      ).format(n);
    const words = [];
    if (h) words.push(unit('hour', h));
    if (m || !h) words.push(unit('minute', m));
    const list =
      formats.get('list') ??
      formats
        .set('list', new Intl.ListFormat(LOCALE, { type: 'unit', style: 'short' }))
        .get('list');
    durations.set(minutes, (d = list.format(words)));
  }
  return d;
}

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) for (const k in attrs) el.setAttribute(k, attrs[k]);
  for (const c of children) if (c !== '' && c != null) el.append(c);
  return el;
}

const S = {
  phase: {
    upcoming: 'Upcoming',
    'starting-soon': 'Starting soon',
    live: 'Live now',
    ended: 'Ended',
    cancelled: 'Cancelled',
    postponed: 'Postponed',
  },
  type: {
    break: 'Intermission',
    'office-hours': 'Office hours',
    keynote: 'Keynote',
    panel: 'Panel',
    workshop: 'Workshop',
  },
  more: 'Show more',
  less: 'Show less',
  next: 'Next',
  tba: 'Speakers to be announced',
  join: 'Join',
  watch: 'Watch recording',
  addToCalendar: 'Add to calendar',
  addAll: 'Add all sessions to your calendar',
  yourTime: 'Your time',
  eventTime: 'Event time',
  showTimesIn: 'Show times in',
  timesIn: 'Times in',
};

const hidden = (text) => h('span', { class: 'visually-hidden' }, `: ${text}`);

function toggleMore(e) {
  const b = e.currentTarget;
  const box = b.previousElementSibling;
  const open = b.getAttribute('aria-expanded') !== 'true';
  b.setAttribute('aria-expanded', open);
  b.textContent = open ? S.less : S.more;
  box.className = open ? '' : 'clamped';
}

function onToggle() {
  // A real page would build the .ics and Google Calendar links here, on first open.
}

function onSwitch(e) {
  for (const b of e.currentTarget.parentNode.children)
    b.setAttribute('aria-pressed', b === e.currentTarget);
}

function paragraphs(text, id, part = 'description') {
  const ps = text.split(/\n\s*\n/);
  const long = ps.length > 1 || text.length > 300;
  // Every paragraph is in the DOM (print shows them all); a long text is clamped on screen.
  const box = h(
    'div',
    { part, id, class: long ? 'clamped' : '' },
    ...ps.map((p) => h('p', null, p)),
  );
  if (!long) return [box];
  const b = h(
    'button',
    { part: 'button', 'data-disclosure': id, 'aria-expanded': 'false', 'aria-controls': id },
    S.more,
  );
  b.addEventListener('click', toggleMore);
  return [box, b];
}

function calendar(key, ...label) {
  const d = h(
    'details',
    { part: 'calendar', 'data-disclosure': key },
    h('summary', { part: 'button' }, ...label),
  );
  d.addEventListener('toggle', onToggle);
  return d;
}

const phaseAt = (x, now) =>
  x.status !== 'scheduled'
    ? x.status
    : now >= x.end
      ? 'ended'
      : now >= x.start
        ? 'live'
        : now >= x.start - 900000
          ? 'starting-soon'
          : 'upcoming';

const city = (zone) => zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');

/**
 * Render `json` (the parsed course JSON) into `root` for a visitor in `visitorZone` at `now`.
 * Heading levels as the element's defaults: course h2, parts h3, sessions h4.
 */
export function renderSchedule(root, json, { now, visitorZone, locale = 'en-US' }) {
  LOCALE = locale;
  const zone = json.timeZone;
  const sessions = json.sessions
    .map((s) => {
      const tz = s.timeZone ?? zone;
      const start = instant(s.start, tz);
      const end = instant(s.end, tz);
      return {
        ...s,
        tz,
        start,
        end,
        type: s.type ?? 'session',
        status: s.status ?? 'scheduled',
        speakers: s.speakers ?? [],
      };
    })
    .sort((a, b) => a.start - b.start);
  const next = sessions.find(
    (x) => x.type !== 'break' && x.status === 'scheduled' && x.start > now,
  );
  const partTitles = new Map((json.parts ?? []).map((p) => [p.id, p.title]));

  let differs = false;
  const groups = new Map();
  const items = sessions.map((x, i) => {
    // Visitor's and organiser's wall clocks at both ends: offsets and dates, four formatToParts.
    const [vs, vDay] = wall(x.start, visitorZone);
    const [es, eDay] = wall(x.start, x.tz);
    const vOff = vs - x.start,
      eOff = es - x.start;
    const vEndOff = wall(x.end, visitorZone)[0] - x.end;
    const eEndOff = wall(x.end, x.tz)[0] - x.end;
    if (vOff !== eOff) differs = true;
    const phase = phaseAt(x, now);
    const isNext = x === next;

    const [a, sep, b] = rangeParts(x.start, x.end, visitorZone, true, vOff, vEndOff);
    const time = h(
      'p',
      { part: 'time' },
      h(
        'bdi',
        null,
        h('time', { datetime: iso(x.start) }, a),
        sep,
        b ? h('time', { datetime: iso(x.end) }, b) : '',
      ),
      h('span', { class: 'muted' }, ' · ', h('bdi', null, duration(x.end - x.start))),
    );
    let eventTime = '';
    if (vOff !== eOff) {
      const [ea, esep, eb] = rangeParts(x.start, x.end, x.tz, vDay !== eDay, eOff, eEndOff);
      eventTime = h(
        'p',
        { part: 'event-time' },
        h(
          'bdi',
          null,
          h('time', { datetime: iso(x.start) }, ea),
          esep,
          eb ? h('time', { datetime: iso(x.end) }, eb) : '',
        ),
        ` in ${city(x.tz)}`,
      );
    }
    const kids = [h('h4', { part: 'title' }, x.title), time, eventTime];
    if (x.type !== 'break') {
      const type = x.type !== 'session' && S.type[x.type];
      const url =
        phase === 'live' || phase === 'starting-soon'
          ? x.joinUrl
          : phase === 'ended'
            ? (x.recordingUrl ?? json.onDemand?.url)
            : undefined;
      kids.push(
        h(
          'p',
          { part: 'status' },
          ...(type && type !== x.title ? [h('span', { class: 'badge' }, type), ' '] : []),
          ...(isNext ? [h('span', { class: 'badge' }, S.next), ' '] : []),
          h('span', { class: 'badge phase' }, S.phase[phase]),
          ' ',
          url
            ? h(
                'a',
                { part: 'link', href: url },
                phase === 'ended' ? S.watch : S.join,
                hidden(x.title),
              )
            : '',
        ),
        x.speakers.length
          ? h(
              'ul',
              { part: 'speakers' },
              ...x.speakers.map((p) =>
                h(
                  'li',
                  null,
                  p.url ? h('a', { href: p.url }, p.name) : p.name,
                  p.title ? `, ${p.title}` : '',
                  p.organization ? `, ${p.organization}` : '',
                ),
              ),
            )
          : h('p', { part: 'speakers' }, S.tba),
        ...(x.description ? paragraphs(x.description, `description-${i}`) : []),
        calendar(`calendar-${i}`, S.addToCalendar, hidden(x.title)),
      );
    }
    const li = h(
      'li',
      null,
      h(
        'div',
        { part: 'session', class: `session ${x.type} ${phase}${isNext ? ' next' : ''}` },
        ...kids,
      ),
    );
    const key = x.part && partTitles.has(x.part) ? x.part : vDay;
    let g = groups.get(key);
    if (!g) {
      const title =
        partTitles.get(x.part) ??
        h(
          'time',
          { datetime: vDay },
          fmt('date', visitorZone, { dateStyle: 'full' }).format(x.start),
        );
      groups.set(key, (g = h('ul', { part: 'list' })));
      g._title = title;
    }
    g.append(li);
    return li;
  });

  const base = h('div', { part: 'base' }, h('h2', { part: 'course-title' }, json.title));
  if (json.summary) base.append(...paragraphs(json.summary, 'summary', 'summary'));
  // Print only, in place of the switch: "Times in Pacific Daylight Time".
  const firstStart = sessions[0]?.start ?? now;
  const zoneName = fmt('zone-name', visitorZone, { timeZoneName: 'long' })
    .formatToParts(firstStart)
    .find((part) => part.type === 'timeZoneName').value;
  const toolbar = h(
    'div',
    { part: 'toolbar' },
    h('p', { class: 'print-only' }, `${S.timesIn} ${zoneName}`),
  );
  if (differs) {
    const buttons = [S.yourTime, S.eventTime].map((label, i) =>
      h(
        'button',
        {
          part: 'button',
          class: 'outlined-button',
          'data-event-time': i === 1,
          'aria-pressed': !i,
        },
        label,
      ),
    );
    for (const b of buttons) b.addEventListener('click', onSwitch);
    toolbar.append(
      h('div', { part: 'switch', role: 'group', 'aria-label': S.showTimesIn }, ...buttons),
    );
  }
  toolbar.append(calendar('course-calendar', S.addAll));
  base.append(toolbar);
  for (const list of groups.values())
    base.append(
      h('section', { part: 'group' }, h('h3', { part: 'group-title' }, list._title), list),
    );
  // The element keeps a (quiet) polite status region after its content for its loading announcement.
  root.replaceChildren(base, h('p', { class: 'visually-hidden', role: 'status' }));
  return items.length;
}
