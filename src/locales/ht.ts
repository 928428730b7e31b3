/**
 * Haitian Creole (Kreyòl ayisyen). Browsers have no locale data for Creole, so dates,
 * numbers, durations and zone names beside these words come from Haiti's French (`fr-HT`,
 * see intlLocaleFor in core/i18n/languages.ts), whose month and day names a Creole reader
 * recognises. Creole nouns do not change for the plural: every form is the same.
 * Terms: ./glossary.json.
 */
import { defineLanguage } from '../core/i18n/language-store.js';

export default defineLanguage('ht', {
  'error.http': 'Nou pa t kapab chaje done kou a[ (HTTP {n})].',
  'error.network': 'Nou pa t kapab chaje done kou a akòz yon pwoblèm rezo.',
  'error.timeout': 'Done kou a pran twòp tan pou chaje.',
  'error.not-json': 'Nou pa t kapab li done kou a: sèvè a pa t voye JSON.',
  'error.too-large': 'Done kou a twò gwo pou chaje.',
  'error.invalid': 'Done kou a pa nan fòma nou te atann nan.',
  retry: 'Eseye ankò',
  stale: 'N ap montre done ki te sove yo; dènye mizajou a pa t mache.',

  'phase.upcoming': 'K ap vini',
  'phase.starting-soon': 'Ap kòmanse talè',
  'phase.live': 'An dirèk kounye a',
  'phase.ended': 'Fini',
  'phase.cancelled': 'Anile',
  'phase.postponed': 'Ranvwaye',
  'type.session': 'Sesyon',
  'type.break': 'Poz',
  breakUnderWay: 'Poz ap fèt kounye a',
  'type.office-hours': 'Lè konsiltasyon',
  'type.keynote': 'Diskou prensipal',
  'type.panel': 'Panèl diskisyon',
  'type.workshop': 'Atelye',

  loading: 'N ap chaje orè kou a…',
  sessionsSkipped: {
    one: 'Nou pa t kapab montre # sesyon nan done yo.',
    many: 'Nou pa t kapab montre # sesyon nan done yo.',
    other: 'Nou pa t kapab montre # sesyon nan done yo.',
  },
  showEarlier: {
    one: 'Montre # sesyon anvan',
    many: 'Montre # sesyon anvan',
    other: 'Montre # sesyon anvan',
  },
  hideEarlier: 'Kache sesyon anvan yo',
  next: 'Pwochen',
  more: 'Montre plis',
  less: 'Montre mwens',
  speakers: 'Oratè',
  speakersTba: 'N ap anonse oratè yo pita',
  showTimesIn: 'Montre lè yo dapre',
  yourTime: 'Lè pa w',
  eventTime: 'Lè evènman an',
  timeInPlace: '{time} ({place})',
  online: 'Sou entènèt',
  notFound: 'Kou sa a pa gen sesyon “{id}”.',

  join: 'Antre',
  watchRecording: 'Gade anrejistreman an',
  watchOnDemand: 'Gade nenpòt lè',
  addToCalendar: 'Ajoute nan kalandriye',
  addAll: 'Ajoute tout sesyon yo nan kalandriye w',
  downloadIcs: 'Telechaje .ics',
  googleCalendar: 'Google Calendar',

  register: 'Enskri',
  registerFor: 'Enskri pou {title}',
  registrationOpens: 'Enskripsyon ap louvri {date}',
  registrationCloses: 'Enskripsyon ap fèmen {when}',
  soldOut: 'Pa gen plas ankò',
  joinWaitlist: 'Mete non w sou lis datant lan',
  registrationClosed: 'Enskripsyon fèmen',
  registrationCancelled: 'Enskripsyon anile',
  registrationLinkUnavailable: 'Lyen enskripsyon an pa disponib',
  codeOfConduct: 'Lè w enskri, ou dakò ak Kòd Konduit la',
  groupRates: 'Gen pri espesyal pou gwoup',
  groupRatesContact: 'Kontakte nou',

  startsIn: 'Ap kòmanse nan {time}',
  started: 'Te kòmanse deja',
  courseEnded: 'Kou sa a fini',
  pauseCountdown: 'Mete kont a rebò a an poz',
  resumeCountdown: 'Kontinye kont a rebò a',
});
