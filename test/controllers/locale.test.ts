import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController, visitorTimeZone } from '../../src/controllers/locale.js';
import { resolveLocale } from '../../src/core/i18n/index.js';
import { cachedFormat } from '../../src/core/time/intl.js';
import { offsetAt } from '../../src/core/time/zoned.js';
import { localeHostCount } from '../observe.js';

class LocaleProbe extends LitElement {
  zoneProp?: string;
  renders = 0;
  readonly l10n = new LocaleController(this, () => this.zoneProp);
  override render() {
    this.renders++;
    return html`<slot></slot>`;
  }
}
customElements.define('locale-probe', LocaleProbe);

/** A host whose shadow root holds a probe, to test inheritance out of shadow trees. */
class ShadowWrap extends LitElement {
  override render() {
    return html`<div><locale-probe></locale-probe></div>`;
  }
}
customElements.define('locale-shadow-wrap', ShadowWrap);

/** Collects console.warn calls while installed. */
function spyWarn() {
  const calls: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => calls.push(args.join(' '));
  return { calls, restore: () => (console.warn = original) };
}

const JULY = Date.UTC(2021, 6, 1);

describe('LocaleController: locale', () => {
  let docLang: string;
  beforeEach(() => {
    docLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = docLang;
  });

  it("the element's own lang, canonicalised", async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe lang="es-mx"></locale-probe>`);
    expect(el.l10n.locale).to.equal('es-MX');
  });

  it('the closest ancestor with lang', async () => {
    const wrap = await fixture(
      html`<div lang="fr"><section lang="es"><p><locale-probe></locale-probe></p></section></div>`,
    );
    expect(wrap.querySelector<LocaleProbe>('locale-probe')!.l10n.locale).to.equal('es');
  });

  it('out of a shadow root through its host', async () => {
    const outer = await fixture(
      html`<div lang="de"><locale-shadow-wrap></locale-shadow-wrap></div>`,
    );
    const wrap = outer.querySelector('locale-shadow-wrap')!;
    const probe = wrap.shadowRoot!.querySelector<LocaleProbe>('locale-probe')!;
    expect(probe.l10n.locale).to.equal('de');
    wrap.shadowRoot!.querySelector('div')!.setAttribute('lang', 'pt-BR');
    expect(probe.l10n.locale).to.equal('pt-BR');
  });

  it("the document's lang when no ancestor has one, also for a detached element", async () => {
    document.documentElement.lang = 'es';
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    expect(el.l10n.locale).to.equal('es');
    el.remove();
    expect(el.l10n.locale).to.equal('es');
  });

  it("the browser's language when nothing says", async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    expect(el.l10n.locale).to.equal(resolveLocale(navigator.language));
  });

  it('an unusable lang is skipped with one warning, the search goes on outwards', async () => {
    const warn = spyWarn();
    try {
      const wrap = await fixture(
        html`<div lang="es"><locale-probe lang="not a tag"></locale-probe></div>`,
      );
      const el = wrap.querySelector<LocaleProbe>('locale-probe')!;
      expect(el.l10n.locale).to.equal('es');
      expect(el.l10n.locale).to.equal('es');
      el.setAttribute('lang', 'en_US!!');
      expect(el.l10n.locale).to.equal('es');
      expect(warn.calls.filter((c) => c.includes('"not a tag"'))).to.have.length(1);
      expect(warn.calls.filter((c) => c.includes('"en_US!!"'))).to.have.length(1);
      el.setAttribute('lang', '');
      expect(el.l10n.locale).to.equal('es'); // lang="" means unknown: inherit
    } finally {
      warn.restore();
    }
  });

  it('"en" itself is a real answer, not mistaken for the fallback', async () => {
    const wrap = await fixture(html`<div lang="es"><locale-probe lang="en"></locale-probe></div>`);
    expect(wrap.querySelector<LocaleProbe>('locale-probe')!.l10n.locale).to.equal('en');
  });
});

describe('LocaleController: time zone', () => {
  it("the element's time-zone attribute", async () => {
    const el = await fixture<LocaleProbe>(
      html`<locale-probe time-zone="Europe/Paris"></locale-probe>`,
    );
    expect(el.l10n.timeZone).to.equal('Europe/Paris');
  });

  it("the closest ancestor's, through a shadow root", async () => {
    const outer = await fixture(
      html`<div time-zone="Asia/Tokyo"><div time-zone="Europe/Paris"><locale-shadow-wrap></locale-shadow-wrap></div></div>`,
    );
    const probe = outer
      .querySelector('locale-shadow-wrap')!
      .shadowRoot!.querySelector<LocaleProbe>('locale-probe')!;
    expect(probe.l10n.timeZone).to.equal('Europe/Paris');
  });

  it('a property set by a framework wins over attributes', async () => {
    const wrap = await fixture(
      html`<div time-zone="Asia/Tokyo"><locale-probe></locale-probe></div>`,
    );
    const el = wrap.querySelector<LocaleProbe>('locale-probe')!;
    el.zoneProp = 'America/Chicago';
    expect(el.l10n.timeZone).to.equal('America/Chicago');
  });

  it("the visitor's zone when none is set (it behaves like the emulated zone)", async () => {
    const el = await fixture<LocaleProbe>(html`<locale-probe></locale-probe>`);
    const zone = el.l10n.timeZone;
    expect(zone).to.equal(visitorTimeZone());
    expect(offsetAt(JULY, zone)).to.equal(-new Date(JULY).getTimezoneOffset() * 60_000);
  });

  it('invalid zones are skipped with one warning each, never thrown', async () => {
    const warn = spyWarn();
    try {
      const wrap = await fixture(
        html`<div time-zone="Mars/Olympus_Mons"><locale-probe time-zone="EST"></locale-probe></div>`,
      );
      const el = wrap.querySelector<LocaleProbe>('locale-probe')!;
      expect(el.l10n.timeZone).to.equal(visitorTimeZone());
      expect(el.l10n.timeZone).to.equal(visitorTimeZone());
      el.zoneProp = '+05:00';
      expect(el.l10n.timeZone).to.equal(visitorTimeZone());
      expect(warn.calls.filter((c) => c.includes('"EST"'))).to.have.length(1);
      expect(warn.calls.filter((c) => c.includes('"Mars/Olympus_Mons"'))).to.have.length(1);
      expect(warn.calls.filter((c) => c.includes('"+05:00"'))).to.have.length(1);
      wrap.setAttribute('time-zone', 'Australia/Adelaide');
      expect(el.l10n.timeZone).to.equal('Australia/Adelaide');
    } finally {
      warn.restore();
    }
  });
});

describe('LocaleController: languagechange', () => {
  it('clears the Intl cache and re-renders every connected host; one listener, removed with the last host', async () => {
    const before = localeHostCount();
    const wrap = await fixture(
      html`<div><locale-probe></locale-probe><locale-probe></locale-probe></div>`,
    );
    const [a, b] = wrap.querySelectorAll<LocaleProbe>('locale-probe');
    expect(localeHostCount()).to.equal(before + 2);
    const dtf = cachedFormat(Intl.DateTimeFormat, 'en', { timeZone: 'UTC' });
    expect(cachedFormat(Intl.DateTimeFormat, 'en', { timeZone: 'UTC' })).to.equal(dtf);
    const [ra, rb] = [a!.renders, b!.renders];
    window.dispatchEvent(new Event('languagechange'));
    await a!.updateComplete;
    await b!.updateComplete;
    expect(a!.renders).to.equal(ra + 1);
    expect(b!.renders).to.equal(rb + 1);
    expect(cachedFormat(Intl.DateTimeFormat, 'en', { timeZone: 'UTC' })).to.not.equal(dtf);
    a!.remove();
    expect(localeHostCount()).to.equal(before + 1);
    b!.remove();
    expect(localeHostCount()).to.equal(before);
    // With no host left, the event re-renders nobody.
    window.dispatchEvent(new Event('languagechange'));
    await b!.updateComplete;
    expect(b!.renders).to.equal(rb + 1);
  });
});
