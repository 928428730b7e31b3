// Template checks: lit-analyzer 2.0.3 over the element templates (bindings to properties
// that do not exist, a string bound to a boolean attribute, unknown tags and events, and the
// CSS inside `css` templates), failing on any warning.
//
// Its CSS checker (vscode-css-languageservice 4.3) predates a few properties our styles use
// on purpose, and lit-analyzer offers no option to name them: a property it does not know is
// a warning we cannot configure away per property. This script teaches the checker exactly
// these properties (the same custom-data mechanism lit-analyzer uses for its own `::theme`)
// and then runs the ordinary command line, so every other unknown property still fails.
//
//   node scripts/lit-analyzer.mjs [lit-analyzer arguments]   (npm run lint runs it on src)
import { createRequire } from 'node:module';

/** CSS properties the bundled CSS data lacks, with the specification that defines each. */
export const KNOWN_CSS_PROPERTIES = [
  { name: 'forced-color-adjust', spec: 'CSS Color Adjustment Module Level 1' },
  { name: 'content-visibility', spec: 'CSS Containment Module Level 2' },
  { name: 'contain-intrinsic-size', spec: 'CSS Box Sizing Module Level 4' },
  { name: 'color-scheme', spec: 'CSS Color Adjustment Module Level 1' },
];

const require = createRequire(import.meta.url);
const analyzerRequire = createRequire(require.resolve('lit-analyzer/package.json'));
const cssLanguageService = analyzerRequire('vscode-css-languageservice');
const { LitCssVscodeService } = analyzerRequire(
  './lib/analyze/document-analyzer/css/lit-css-vscode-service.js',
);

const projectProperties = {
  providePseudoElements: () => [],
  provideAtDirectives: () => [],
  providePseudoClasses: () => [],
  provideProperties: () =>
    KNOWN_CSS_PROPERTIES.map(({ name, spec }) => ({
      name,
      description: spec,
      status: 'standard',
      browsers: [],
    })),
};

// lit-analyzer validates every `css` template with its SCSS service (and completes with the
// CSS one); both getters build a service from its own data provider: add ours beside it.
for (const [getter, make] of [
  ['cssService', cssLanguageService.getCSSLanguageService],
  ['scssService', cssLanguageService.getSCSSLanguageService],
]) {
  Object.defineProperty(LitCssVscodeService.prototype, getter, {
    configurable: true,
    get() {
      return make({ customDataProviders: [this.dataProvider.provider, projectProperties] });
    },
  });
}

const { cli } = analyzerRequire('./index.js');
await cli();
