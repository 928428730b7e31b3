/**
 * The register button's UI strings in English (other languages: src/locales/), with the
 * shared tables spread in: the on-demand link and the load-error sentences.
 */

import { onDemandStrings } from '../../../core/i18n/common.js';
import type { StringTable } from '../../../core/i18n/index.js';
import { loadErrorStrings } from '../../../core/i18n/load-error.js';

const en = {
  register: 'Register',
  /** Accessible name of the registration link. */
  registerFor: (p: { title: string }) => `Register for ${p.title}`,
  /** `date`: a formatted date and time with its zone. */
  registrationOpens: (p: { date: string }) => `Registration opens ${p.date}`,
  /** `when`: relative-time text from core/time ("in 2 days", "in 5 hours"). */
  registrationCloses: (p: { when: string }) => `Registration closes ${p.when}`,
  soldOut: 'Sold out',
  joinWaitlist: 'Join waitlist',
  registrationClosed: 'Registration closed',
  registrationCancelled: 'Registration cancelled',
  registrationLinkUnavailable: 'Registration link unavailable',
  /** Linked as a whole, so the link text makes sense out of context. */
  codeOfConduct: 'By registering you agree to the Code of Conduct',
  /** The group-rates line when the data has a contact but no note. */
  groupRates: 'Group rates available',
  /**
   * Text of the group-rates contact link when it is a web page (an e-mail address shows itself).
   */
  groupRatesContact: 'Contact us',
  ...onDemandStrings.en,
  ...loadErrorStrings.en,
};

export type RegisterButtonStrings = typeof en;

export const strings: StringTable<RegisterButtonStrings> = {
  en,
};
