// The demo bar at the top of every demo page (not part of the library): the sample course
// ran in October 2021, so the bar lets you pick the moment the widgets show (`?now=`), the
// visitor's time zone (`?tz=`) and language (`?lang=`). It sets the elements' own `now`,
// `time-zone` and `lang` attributes, which is all a page needs to do. Loaded before the CDN
// script (module scripts run in document order), so the elements upgrade with them set.

const TAGS = 'course-schedule, session-card, register-button, countdown-timer';

/** Moments worth seeing, as instants (New York is UTC-4 in October 2021). */
export const MOMENTS = [
  { now: '', label: 'Real time (today)' },
  { now: '2021-07-20T15:00:00Z', label: 'Jul 20, 2021: before registration opens' },
  { now: '2021-10-06T18:00:00Z', label: 'Oct 6: registration open, a week to go' },
  { now: '2021-10-13T17:50:00Z', label: 'Oct 13, 1:50 PM EDT: Week 1 starting soon' },
  { now: '2021-10-13T18:20:00Z', label: 'Oct 13, 2:20 PM EDT: Week 1 live' },
  { now: '2021-10-20T19:10:00Z', label: 'Oct 20, 3:10 PM EDT: Week 2 under way' },
  { now: '2021-10-27T19:30:00Z', label: 'Oct 27, 3:30 PM EDT: last session, registration closed' },
  { now: '2021-11-15T15:00:00Z', label: 'Nov 15: course over, on demand' },
];

export const ZONES = [
  { tz: '', label: 'Your own zone' },
  { tz: 'America/New_York', label: 'New York (the organiser)' },
  { tz: 'America/Los_Angeles', label: 'Los Angeles' },
  { tz: 'Europe/London', label: 'London' },
  { tz: 'Asia/Kolkata', label: 'Kolkata' },
  { tz: 'Pacific/Auckland', label: 'Auckland' },
];

export const LANGS = [
  { lang: '', label: 'Page language' },
  { lang: 'en', label: 'English' },
  { lang: 'es', label: 'Español' },
];

const params = new URLSearchParams(location.search);
const chosen = {
  now: params.get('now') ?? '',
  tz: params.get('tz') ?? '',
  lang: params.get('lang') ?? '',
};

for (const el of document.querySelectorAll(TAGS)) {
  if (chosen.now) el.setAttribute('now', chosen.now);
  if (chosen.tz) el.setAttribute('time-zone', chosen.tz);
  if (chosen.lang) el.setAttribute('lang', chosen.lang);
}

function select(name, label, items, key, value) {
  const wrap = document.createElement('label');
  wrap.className = 'demo-field';
  wrap.append(`${label} `);
  const s = document.createElement('select');
  s.name = name;
  for (const item of items) s.add(new Option(item.label, item[key], false, item[key] === value));
  // A moment given in the URL that is not in the list still shows as chosen.
  if (!items.some((i) => i[key] === value)) s.add(new Option(value, value, false, true));
  s.addEventListener('change', () => s.form.requestSubmit());
  wrap.append(s);
  return wrap;
}

const form = document.querySelector('.demo-bar form');
if (form) {
  form.prepend(
    select('now', 'Moment', MOMENTS, 'now', chosen.now),
    select('tz', 'Visitor zone', ZONES, 'tz', chosen.tz),
    select('lang', 'Language', LANGS, 'lang', chosen.lang),
  );
  // Empty choices stay out of the URL.
  form.addEventListener('formdata', (e) => {
    for (const [k, v] of [...e.formData]) if (!v) e.formData.delete(k);
  });
}

// Moving between demo pages keeps the chosen moment, zone and language.
const keep = new URLSearchParams(Object.entries(chosen).filter(([, v]) => v)).toString();
if (keep) {
  for (const a of document.querySelectorAll('a[data-demo-link]')) {
    const url = new URL(a.href);
    url.search = keep;
    a.href = url.href;
  }
}
for (const a of document.querySelectorAll('a[data-demo-link]')) {
  if (new URL(a.href).pathname === location.pathname) a.setAttribute('aria-current', 'page');
}
