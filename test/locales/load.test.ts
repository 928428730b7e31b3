// The npm build's loader: each language arrives over HTTP from its own module, registers
// itself, and nothing else is fetched with it.
import { expect } from '@open-wc/testing';
import { LANGUAGES, hasLanguage, loadLanguage } from '../../src/core/i18n/languages.js';
import { loadLanguageModule } from '../../src/locales/load.js';

describe('the npm language loader', () => {
  it('starts with no language but English', () => {
    expect(LANGUAGES.filter(hasLanguage)).to.deep.equal(['en']);
  });

  it('loads each language from its own module', async () => {
    const before = performance.getEntriesByType('resource').length;
    for (const code of LANGUAGES)
      expect(await loadLanguage(code, loadLanguageModule), code).to.equal(true);
    expect(LANGUAGES.filter(hasLanguage)).to.deep.equal([...LANGUAGES]);
    const fetched = performance
      .getEntriesByType('resource')
      .slice(before)
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.startsWith('/src/locales/'));
    expect(fetched.sort()).to.deep.equal(
      LANGUAGES.filter((code) => code !== 'en')
        .map((code) => `/src/locales/${code}.ts`)
        .sort(),
    );
  });
});
