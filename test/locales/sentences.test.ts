// Whole sentences as a visitor reads them: each language's words around the parts core/time
// formats in that language (a time range and the organiser's zone name, a duration, a
// relative time, counts). Written out by hand and checked against Intl in Chromium 156
// (CLDR's patterns and names; no second implementation has them). Narrow and thin spaces
// are compared as plain spaces.
import { expect } from '@open-wc/testing';
import {
  intlLocaleFor,
  languageStrings,
  type LanguageCode,
} from '../../src/core/i18n/languages.js';
import { formatRelative, formatTimeRange, zoneName } from '../../src/core/time/format.js';
import { formatCountdown } from '../../src/core/time/countdown.js';
import { asThisEngineWrites } from '../engine.js';
import { ENGLISH } from './english.js';
import '../../src/locales/es.js';
import '../../src/locales/fr.js';
import '../../src/locales/pt.js';
import '../../src/locales/zh-Hans.js';
import '../../src/locales/zh-Hant.js';
import '../../src/locales/vi.js';
import '../../src/locales/ko.js';
import '../../src/locales/tl.js';
import '../../src/locales/ar.js';
import '../../src/locales/ru.js';
import '../../src/locales/ht.js';

const plain = (text: string) => text.replace(/[\u202f\u2009\u00a0]/g, ' ');
const NY = 'America/New_York';
const START = Date.parse('2021-10-13T18:00:00Z'); // 2:00 PM in New York
const END = START + 45 * 60_000;
const DAY = 86_400_000;

interface Sentences {
  eventTime: string;
  startsIn: string;
  closes: string;
  earlier: string;
}

/** The organiser's time line, a 2 days 3 hours countdown, "closes in 2 days", 3 earlier. */
function sentences(code: LanguageCode): Sentences {
  const strings = languageStrings(code, ENGLISH) as unknown as Record<
    string,
    (arg: unknown) => string
  >;
  const locale = intlLocaleFor(code);
  const time = formatTimeRange(START, END, { locale, timeZone: NY });
  const remaining = formatCountdown(START, START - 2 * DAY - 3 * 3_600_000, locale, {
    seconds: false,
  });
  return {
    eventTime: plain(strings.timeInPlace!({ time, place: zoneName(NY, locale, new Date(START)) })),
    startsIn: plain(strings.startsIn!({ time: remaining })),
    closes: plain(
      strings.registrationCloses!({ when: formatRelative(START + 2 * DAY, START, locale) }),
    ),
    earlier: plain(strings.showEarlier!(3)),
  };
}

const EXPECTED: Record<Exclude<LanguageCode, 'en' | 'zh-Hant'>, Sentences> = {
  es: {
    eventTime: '14:00–14:45 GMT-4 (hora oriental)',
    startsIn: 'Comienza en 2 días y 3 horas',
    closes: 'La inscripción cierra dentro de 2 días',
    earlier: 'Mostrar 3 sesiones anteriores',
  },
  fr: {
    eventTime: '14:00 – 14:45 UTC−4 (heure de l’Est nord-américain)',
    startsIn: 'Commence dans 2 jours et 3 heures',
    closes: 'Fin des inscriptions dans 2 jours',
    earlier: 'Afficher 3 séances précédentes',
  },
  pt: {
    eventTime: '14:00 – 14:45 GMT-4 (Horário do Leste)',
    startsIn: 'Começa em 2 dias e 3 horas',
    closes: 'Inscrições encerram em 2 dias',
    earlier: 'Mostrar 3 sessões anteriores',
  },
  'zh-Hans': {
    eventTime: 'GMT-4 14:00–14:45（北美东部时间）',
    startsIn: '2天3小时后开始',
    closes: '2天后截止报名',
    earlier: '显示之前的 3 个场次',
  },
  vi: {
    eventTime: '14:00–14:45 EDT (Giờ miền Đông)',
    startsIn: 'Bắt đầu sau 2 ngày, 3 giờ',
    closes: 'Đóng đăng ký sau 2 ngày nữa',
    earlier: 'Hiện 3 buổi trước đó',
  },
  ko: {
    eventTime: '오후 2:00~2:45 GMT-4 (북미 동부 시간)',
    startsIn: '2일 3시간 후 시작',
    closes: '신청 마감: 2일 후',
    earlier: '이전 세션 3개 보기',
  },
  tl: {
    eventTime: '2:00–2:45 PM GMT-4 (Oras sa Silangan ng Hilagang Amerika)',
    startsIn: 'Magsisimula sa loob ng 2 araw, 3 oras',
    closes: 'Magsasara ang pagpaparehistro sa 2 araw',
    earlier: 'Ipakita ang 3 naunang sesyon',
  },
  ar: {
    eventTime: '2:00–2:45 م غرينتش-4 (التوقيت الشرقي لأمريكا الشمالية)',
    startsIn: 'الوقت المتبقي للبدء: يومان و3 ساعات',
    closes: 'ينتهي التسجيل خلال يومين',
    earlier: 'عرض 3 جلسات سابقة',
  },
  ru: {
    eventTime: '14:00–14:45 GMT-4 (Восточная Америка)',
    startsIn: 'Начало через 2 дня 3 часа',
    closes: 'Регистрация закроется через 2 дня',
    earlier: 'Предыдущие занятия (3)',
  },
  // Creole words around French dates and durations: Intl has no Creole data (intlLocaleFor).
  ht: {
    eventTime: '14:00 – 14:45 UTC−4 (heure de l’Est nord-américain)',
    startsIn: 'Ap kòmanse nan 2 jours et 3 heures',
    closes: 'Enskripsyon ap fèmen dans 2 jours',
    earlier: 'Montre 3 sesyon anvan',
  },
};

describe('sentences a visitor reads', () => {
  for (const [code, expected] of Object.entries(EXPECTED)) {
    const locale = intlLocaleFor(code);
    it(code, () =>
      expect(sentences(code as LanguageCode)).to.deep.equal(
        Object.fromEntries(
          Object.entries(expected).map(([key, text]) => [key, asThisEngineWrites(text, locale)]),
        ),
      ),
    );
  }

  it('zh-Hant', () => {
    // The time itself is left out: ICU's Traditional Chinese range pattern ("下午2:00至2:45
    // [EDT]") is Intl's, not ours; the zone name after it is.
    const { startsIn, closes, earlier } = sentences('zh-Hant');
    expect({ startsIn, closes, earlier }).to.deep.equal({
      startsIn: '2 天 3 小時後開始',
      closes: '2 天後截止報名',
      earlier: '顯示先前的 3 個場次',
    });
    expect(sentences('zh-Hant').eventTime).to.match(/（東部時間）$/);
  });
});
