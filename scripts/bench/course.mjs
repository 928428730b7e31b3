// Synthetic courses for `npm run bench`, in the shape of the sample course
// (test/fixtures/resilient-together-2021.json): its title, summary, zone, registration and
// on-demand offer; weekly parts ("Week 1"); each course day the sample's pattern of a
// 45-minute talk, a 15-minute intermission, a 45-minute talk and a 30-minute talk, as wall
// times in America/New_York; descriptions taken in turn from the sample's (most are past
// 300 characters, so they open clamped behind "Show more"). The sample has no speakers:
// here most talks keep "Speakers to be announced" and every third has one to three
// speakers (some linked); every seventh talk is a panel, keynote or workshop.
//
// Three course days a week (Wednesday to Friday) keep 1,000 sessions within the format's
// 100 parts. Deterministic: the same `count` gives the same JSON.
import { readFileSync } from 'node:fs';

const SEED = JSON.parse(
  readFileSync(
    new URL('../../test/fixtures/resilient-together-2021.json', import.meta.url),
    'utf8',
  ),
);

/** The sample's day: [start, end, kind] as wall-clock minutes after midnight. */
const DAY = [
  [14 * 60, 14 * 60 + 45, 'talk'],
  [14 * 60 + 45, 15 * 60, 'break'],
  [15 * 60, 15 * 60 + 45, 'talk'],
  [15 * 60 + 45, 16 * 60 + 15, 'talk'],
];
const DAYS_A_WEEK = 3;
const FIRST_DAY = Date.UTC(2021, 9, 13); // Wednesday 13 October 2021, the sample's first day
const TYPES = ['panel', 'keynote', 'workshop'];
const PEOPLE = [
  {
    name: 'Ana Lucía Ortega',
    title: 'Youth Services Manager',
    organization: 'Riverside Public Library',
  },
  {
    name: 'Marcus Bell',
    title: 'Teacher Librarian',
    organization: 'Lincoln High School',
    url: 'https://example.org/people/marcus-bell',
  },
  { name: 'Priya Raman', organization: 'State Library Association' },
  { name: 'Tomás Novak', title: 'Director', url: 'https://example.org/people/tomas-novak' },
  { name: 'Grace Okafor', title: 'Digital Literacy Coordinator', organization: 'Metro Schools' },
];

const pad = (n) => String(n).padStart(2, '0');
const wall = (dayMs, minutes) => {
  const d = new Date(dayMs);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
};

/** A course JSON object (what the JSON file would hold) with `count` sessions. */
export function syntheticCourse(count) {
  const descriptions = SEED.sessions.map((s) => s.description).filter(Boolean);
  const titles = SEED.sessions.filter((s) => s.type !== 'break').map((s) => s.title);
  const sessions = [];
  let talks = 0;
  for (let i = 0; sessions.length < count; i++) {
    const dayIndex = Math.floor(i / DAY.length);
    const week = Math.floor(dayIndex / DAYS_A_WEEK);
    const dayMs = FIRST_DAY + (week * 7 + (dayIndex % DAYS_A_WEEK)) * 86_400_000;
    const [from, to, kind] = DAY[i % DAY.length];
    const base = {
      id: `s${i + 1}`,
      part: `week-${week + 1}`,
      start: wall(dayMs, from),
      end: wall(dayMs, to),
    };
    if (kind === 'break') {
      sessions.push({ ...base, title: 'Intermission', type: 'break' });
      continue;
    }
    const t = talks++;
    const session = {
      ...base,
      title: `${titles[t % titles.length]} (${t + 1})`,
      description: descriptions[t % descriptions.length],
      joinUrl: `https://courses.example.org/live/${i + 1}`,
    };
    if (t % 7 === 3) session.type = TYPES[Math.floor(t / 7) % TYPES.length];
    if (t % 3 === 1)
      session.speakers = Array.from(
        { length: 1 + (Math.floor(t / 3) % 3) },
        (_, j) => PEOPLE[(t + j) % PEOPLE.length],
      );
    sessions.push(session);
  }
  const weeks = Math.ceil(Math.ceil(count / DAY.length) / DAYS_A_WEEK);
  const { $schema, parts, sessions: _, ...rest } = SEED;
  return {
    ...rest,
    id: `bench-${count}`,
    parts: Array.from({ length: weeks }, (_, w) => ({
      id: `week-${w + 1}`,
      title: `Week ${w + 1}`,
    })),
    sessions,
  };
}
