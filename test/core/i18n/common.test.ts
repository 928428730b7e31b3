// The elements' string tables, in English and Spanish, checked against text written out by hand.
import { expect } from '@open-wc/testing';
import { pickStrings } from '../../../src/core/i18n/index.js';
import { errorText, loadErrorStrings } from '../../../src/core/i18n/load-error.js';
import { strings as sessionStrings } from '../../../src/internal/session/strings.js';
import { strings as buttonStrings } from '../../../src/components/register-button/internal/strings.js';
import { strings as countdownStrings } from '../../../src/components/countdown-timer/internal/strings.js';

const TABLES = {
  session: sessionStrings,
  'register-button': buttonStrings,
  'countdown-timer': countdownStrings,
} as unknown as Record<string, { en: Record<string, unknown>; es: Record<string, unknown> }>;

describe('element strings', () => {
  const en = {
    ...pickStrings(sessionStrings, 'en-US'),
    ...pickStrings(buttonStrings, 'en-US'),
    ...pickStrings(countdownStrings, 'en-US'),
  };
  const es = {
    ...pickStrings(sessionStrings, 'es-MX'),
    ...pickStrings(buttonStrings, 'es-MX'),
    ...pickStrings(countdownStrings, 'es-MX'),
  };

  for (const [name, table] of Object.entries(TABLES)) {
    it(`${name}: every key in Spanish, of the same kind as in English`, () => {
      const keys = Object.keys(table.en);
      const spanish = table.es;
      expect(Object.keys(spanish).sort()).to.deep.equal([...keys].sort());
      for (const key of keys) expect(typeof spanish[key], key).to.equal(typeof table.en[key]);
      // Product names and borrowed words are the only entries the same in both.
      const same = keys.filter(
        (key) => typeof table.en[key] === 'string' && table.en[key] === spanish[key],
      );
      expect(same).to.deep.equal(name === 'session' ? ['type.panel', 'googleCalendar'] : []);
    });
  }

  it('pluralises the skipped-sessions notice', () => {
    expect([0, 1, 2].map(en.sessionsSkipped)).to.deep.equal([
      '0 sessions in the data could not be shown.',
      '1 session in the data could not be shown.',
      '2 sessions in the data could not be shown.',
    ]);
    expect([0, 1, 2].map(es.sessionsSkipped)).to.deep.equal([
      'No se pudieron mostrar 0 sesiones de los datos.',
      'No se pudo mostrar 1 sesión de los datos.',
      'No se pudieron mostrar 2 sesiones de los datos.',
    ]);
  });

  it('pluralises "Show N earlier sessions"', () => {
    expect([1, 2, 1200].map(en.showEarlier)).to.deep.equal([
      'Show 1 earlier session',
      'Show 2 earlier sessions',
      'Show 1,200 earlier sessions',
    ]);
    expect([0, 1, 12].map(es.showEarlier)).to.deep.equal([
      'Mostrar 0 sesiones anteriores',
      'Mostrar 1 sesión anterior',
      'Mostrar 12 sesiones anteriores',
    ]);
  });

  it('fills its parameters', () => {
    expect(en.timeInPlace({ time: '2:00 – 2:45 PM EDT', place: 'New York' })).to.equal(
      '2:00 – 2:45 PM EDT in New York',
    );
    expect(es.timeInPlace({ time: '14:00 – 14:45 GMT-4', place: 'Nueva York' })).to.equal(
      '14:00 – 14:45 GMT-4 en Nueva York',
    );
    expect(en.registrationOpens({ date: 'Oct 1, 2021, 9:00 AM EDT' })).to.equal(
      'Registration opens Oct 1, 2021, 9:00 AM EDT',
    );
    expect(es.registrationOpens({ date: '1 oct 2021, 9:00' })).to.equal(
      'La inscripción abre el 1 oct 2021, 9:00',
    );
    expect(en.registrationCloses({ when: 'in 2 days' })).to.equal('Registration closes in 2 days');
    expect(es.registrationCloses({ when: 'mañana' })).to.equal('La inscripción cierra mañana');
    expect(en.startsIn({ time: '5 minutes' })).to.equal('Starts in 5 minutes');
    expect(es.startsIn({ time: '5 minutos' })).to.equal('Comienza en 5 minutos');
    expect(en.registerFor({ title: 'Resilient Together' })).to.equal(
      'Register for Resilient Together',
    );
    expect(es.registerFor({ title: 'Resilient Together' })).to.equal(
      'Inscribirse en Resilient Together',
    );
  });

  it('names every session phase and type', () => {
    expect(en['phase.live']).to.equal('Live now');
    expect(es['phase.live']).to.equal('En vivo ahora');
    expect(en['type.break']).to.equal('Intermission');
    expect(es['type.office-hours']).to.equal('Horario de consultas');
  });
});

describe('errorText', () => {
  const en = pickStrings(loadErrorStrings, 'en');
  const es = pickStrings(loadErrorStrings, 'es');

  for (const [kind, status, english, spanish] of [
    [
      'http',
      404,
      'The course data could not be loaded (HTTP 404).',
      'No se pudieron cargar los datos del curso (HTTP 404).',
    ],
    [
      'http',
      undefined,
      'The course data could not be loaded.',
      'No se pudieron cargar los datos del curso.',
    ],
    [
      'network',
      undefined,
      'The course data could not be loaded because of a network error.',
      'No se pudieron cargar los datos del curso por un error de red.',
    ],
    [
      'timeout',
      undefined,
      'The course data took too long to load.',
      'Los datos del curso tardaron demasiado en cargarse.',
    ],
    [
      'not-json',
      undefined,
      'The course data could not be read: the server did not send JSON.',
      'No se pudieron leer los datos del curso: el servidor no envió JSON.',
    ],
    [
      'malformed',
      undefined,
      'The course data could not be read: it is incomplete or malformed.',
      'No se pudieron leer los datos del curso: están incompletos o mal formados.',
    ],
    [
      'too-large',
      undefined,
      'The course data is too large to load.',
      'Los datos del curso son demasiado grandes para cargarlos.',
    ],
    [
      'invalid',
      undefined,
      'The course data is not in the expected format.',
      'Los datos del curso no tienen el formato esperado.',
    ],
    [
      'something-new',
      500,
      'The course data could not be loaded.',
      'No se pudieron cargar los datos del curso.',
    ],
    ['aborted', undefined, '', ''],
  ] as const) {
    it(`${kind} ${status ?? ''}`, () => {
      expect(errorText(en, { kind, status })).to.equal(english);
      expect(errorText(es, { kind, status })).to.equal(spanish);
    });
  }

  it('uses a page override, even a plain string for the HTTP lead', () => {
    const s = pickStrings(loadErrorStrings, 'en', {
      'error.http': 'Could not load ({n})',
      'error.timeout': 'Too slow',
    });
    expect(errorText(s, { kind: 'http', status: 503 })).to.equal('Could not load (503)');
    expect(errorText(s, { kind: 'timeout' })).to.equal('Too slow');
  });
});
