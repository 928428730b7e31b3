// What `npm pack` would publish: everything a user needs (the npm modules with types, the
// CDN scripts, the schema, the manifest, README, LICENSE) and nothing else (no sources,
// tests, stories, fixtures, demo or scripts); every path package.json promises exists in it.
import { expect } from '@open-wc/testing';
import { SETUP_TIMEOUT_MS, TAGS, built, packageJson, packedFiles, readPacked } from './package.js';
import type { LooseJson } from '../json.js';
import { LANGUAGES } from '../../src/core/i18n/languages.js';

/** Everything the package may contain, as path patterns. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^course\.schema\.json$/,
  /^custom-elements\.json$/,
  /^docs\/course-format\.md$/,
  /^dist\/.+\.(js|d\.ts|js\.map)$/,
  // The course builder page: its HTML and stylesheet beside its script.
  /^dist\/builder\/(index\.html|builder\.css)$/,
];

const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'course.schema.json',
  'custom-elements.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/define.js',
  'dist/define.d.ts',
  'dist/jsx.d.ts',
  'dist/react.d.ts',
  'dist/cdn/course-widgets.js',
  'dist/cdn/course-widgets.iife.js',
  // A language for `import 'course-widgets/locales/vi'`, and the CDN's copy of it.
  'dist/locales/vi.js',
  'dist/locales/vi.d.ts',
  'dist/cdn/locales/vi.js',
  // The schema.org writer a <course-schedule structured-data> loads on a CDN page.
  'dist/cdn/structured-data.js',
  'dist/builder/index.html',
  'dist/builder/builder.js',
  'dist/builder/builder.css',
  ...TAGS.flatMap((tag) =>
    [`${tag}.js`, `${tag}.d.ts`, 'define.js', 'define.d.ts'].map(
      (f) => `dist/components/${tag}/${f}`,
    ),
  ),
];

/** Every string target in an `exports` map, conditions flattened. */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

const normal = (path: string) => path.replace(/^\.\//, '');
const globToRegExp = (glob: string) =>
  new RegExp(
    `^${normal(glob)
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '[^/]+')}$`,
  );

describe('npm pack', function () {
  let files: string[];
  let pkg: LooseJson;

  before(async function () {
    this.timeout(SETUP_TIMEOUT_MS);
    await built();
    files = (await packedFiles()).map((f) => f.path);
    pkg = await packageJson();
  });

  it('contains what users need', () => {
    const missing = REQUIRED.filter((path) => !files.includes(path));
    expect(missing, 'missing from the package').to.deep.equal([]);
  });

  it('contains nothing else: no sources, tests, stories, fixtures, demo or scripts', () => {
    const unexpected = files.filter((path) => !ALLOWED.some((re) => re.test(path)));
    expect(unexpected, 'unexpected files in the package').to.deep.equal([]);
    expect(
      files.filter(
        (path) =>
          /(^|\/)(test|tests|stories|fixtures|demo|scripts|src|\.storybook)\//.test(path) ||
          /\.(test|stories)\./.test(path),
      ),
    ).to.deep.equal([]);
  });

  it('has every file that package.json points at', () => {
    const promised = [
      ...exportTargets(pkg.exports),
      pkg.main,
      pkg.module,
      pkg.types,
      pkg.unpkg,
      pkg.jsdelivr,
      pkg.customElements,
    ].map(normal);
    // A subpath pattern (`./cdn/locales/*`) must match at least one packed file.
    expect(
      promised.filter((path) => !files.some((file) => globToRegExp(path).test(file))),
      'promised but not packed',
    ).to.deep.equal([]);
  });

  it('points unpkg and jsdelivr at the CDN ES module', () => {
    expect(normal(pkg.unpkg)).to.equal('dist/cdn/course-widgets.js');
    expect(normal(pkg.jsdelivr)).to.equal('dist/cdn/course-widgets.js');
  });

  it('exports the schema, the manifest and package.json', () => {
    expect(pkg.exports['./course.schema.json']).to.equal('./course.schema.json');
    expect(pkg.exports['./custom-elements.json']).to.equal('./custom-elements.json');
    expect(pkg.exports['./package.json']).to.equal('./package.json');
  });

  it('lists exactly the registering files as sideEffects, and each pattern matches a packed file', () => {
    const sideEffects: string[] = pkg.sideEffects;
    for (const pattern of sideEffects)
      expect(
        files.some((path) => globToRegExp(pattern).test(path)),
        pattern,
      ).to.equal(true);
    const registering = files.filter((path) =>
      sideEffects.some((pattern) => globToRegExp(pattern).test(path)),
    );
    expect(registering.sort()).to.deep.equal(
      [
        'dist/define.js',
        'dist/cdn/course-widgets.js',
        'dist/cdn/course-widgets.iife.js',
        ...TAGS.map((tag) => `dist/components/${tag}/define.js`),
        // A language module registers itself: importing one preloads it.
        ...LANGUAGES.filter((code) => code !== 'en').map((code) => `dist/locales/${code}.js`),
      ].sort(),
    );
  });

  it('keeps the runtime dependencies to lit and @lit/task, in caret ranges an app can share', () => {
    // An app on lit 3.2 must not get a second lit (scripts/check-package-install.mjs installs
    // the tarball beside lit 3.2.1 and runs `npm ls lit`; lit 3.0.0 renders the elements too).
    expect(pkg.dependencies).to.deep.equal({ '@lit/task': '^1.0.0', lit: '^3.0.0' });
  });

  it('says where it lives: repository, homepage, bugs', () => {
    expect(pkg.repository?.url).to.match(/^git\+https:\/\/.+\.git$/);
    expect(pkg.homepage).to.match(/^https:\/\//);
    expect(pkg.bugs?.url).to.match(/^https:\/\//);
  });

  it('does not rebuild on `npm pack` when the build is fresh (prepack builds only if needed)', () => {
    expect(pkg.scripts.prepack).to.equal('node scripts/build.mjs --if-needed');
  });

  it('every file the README links or shows resolves on the package page: absolute, or packed', async () => {
    const readme = (await readPacked('README.md'))!;
    const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!.replace(/#.*$/, ''));
    const relative = targets.filter(
      (t) => t && !/^(https?:|mailto:)/.test(t) && !t.startsWith('/'),
    );
    expect(relative.length, 'relative links found (the schema and the format doc)').to.be.above(0);
    expect(
      relative.filter((t) => !files.includes(normal(t))),
      'README links to files the package does not have',
    ).to.deep.equal([]);
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(images.length, 'the screenshot').to.be.above(0);
    expect(images.filter((src) => !/^https:\/\//.test(src))).to.deep.equal([]);
  });

  it('the npm modules import exactly the dependencies; the CDN scripts import nothing and carry @lit/task inlined', async () => {
    const bareImports = async (path: string) => {
      const text = (await readPacked(path))!;
      const specifiers = [
        ...text.matchAll(/\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g),
      ].map((m) => m[1] ?? m[2]!);
      return specifiers
        .filter((s) => !s.startsWith('.') && !s.startsWith('/'))
        .map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
    };
    // The CDN scripts and the builder page's script are bundles, not modules that import;
    // dist/cli/: the command, one bundle importing only Node built-ins (test/cli/ checks it).
    const modules = files.filter(
      (path) => path.endsWith('.js') && !/^dist\/(cdn|builder|cli)\//.test(path),
    );
    const used = new Set((await Promise.all(modules.map(bareImports))).flat());
    expect([...used].sort(), 'bare imports of the npm build').to.deep.equal(
      Object.keys(pkg.dependencies).sort(),
    );
    expect(await bareImports('dist/controllers/course-data.js')).to.include('@lit/task');
    for (const path of ['dist/cdn/course-widgets.js', 'dist/cdn/course-widgets.iife.js']) {
      expect(await bareImports(path), path).to.deep.equal([]);
      const text = (await readPacked(path))!;
      // A message in Task's code that minifying keeps, and the licence notice for it.
      expect(text, path).to.contain('The args function must return an array');
      expect(text.slice(0, 200), path).to.contain('includes lit and @lit/task');
    }
  });

  it('stays small (no stray large file)', async () => {
    const sizes = await packedFiles();
    // The tools for authors (the builder page and the command: bundles with ical.js and the
    // zone tables) have a budget of their own, so they cannot hide growth in the widgets.
    const tool = (path: string) => /^dist\/(builder|cli)\//.test(path);
    const total = (files: typeof sizes) => files.reduce((n, f) => n + f.size, 0);
    // 2.2 MB measured with the eleven language modules (npm and CDN copies, with source maps)
    // and the authoring helpers; the CDN source maps, lit's sources inlined, are 0.8 MB of it.
    expect(total(sizes.filter((f) => !tool(f.path))), 'unpacked bytes').to.be.below(2_400_000);
    expect(total(sizes.filter((f) => tool(f.path))), 'the tools, unpacked').to.be.below(600_000);
    const large = sizes.filter((f) => f.size > 500_000).map((f) => f.path);
    expect(large).to.deep.equal([]);
  });
});
